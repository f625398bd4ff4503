import type { Segment } from '@/lib/format/reference'

/** A citation formatted like Cite news, its title linked to the source. */
export function FormattedReference({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) => {
    const text = segment.italic ? <i>{segment.text}</i> : segment.text
    return segment.href ? (
      <a key={index} href={segment.href} rel="nofollow noopener" className="external">
        {text}
      </a>
    ) : (
      <span key={index}>{text}</span>
    )
  })
}
