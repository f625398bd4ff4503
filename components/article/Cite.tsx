import type { CitationMark } from '@/lib/citations'

/**
 * An inline numbered citation; hovering or focusing it previews the source. A citation of a
 * reference readers cannot see has no mark and renders nothing.
 */
export function Cite({ mark }: { mark: CitationMark | undefined }) {
  if (!mark) return null
  return (
    <sup className="citation" id={`cite-ref-${mark.anchor}`}>
      <a href={`#cite-note-${mark.number}`} aria-describedby={`cite-preview-${mark.anchor}`}>
        [{mark.number}]
      </a>
      <span className="citation-preview" role="tooltip" id={`cite-preview-${mark.anchor}`}>
        {mark.preview}
      </span>
    </sup>
  )
}
