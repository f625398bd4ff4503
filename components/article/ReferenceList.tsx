import type { Reference } from '@/payload-types'
import { formatReference, type Segment } from '@/lib/format/reference'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

function Segments({ segments }: { segments: Segment[] }) {
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

type Props = {
  /** Cited references in number order. */
  cited: Reference[]
  anchorsOf: (referenceId: number) => string[]
  /** Listed though not cited in the text. */
  further: Reference[]
}

/** The numbered references, with back-links to where each is cited: "^ a b". */
export function ReferenceList({ cited, anchorsOf, further }: Props) {
  return (
    <>
      <ol className="references">
        {cited.map((reference, index) => {
          const anchors = anchorsOf(reference.id)
          return (
            <li key={reference.id} id={`cite-note-${index + 1}`}>
              <span className="backlinks">
                {anchors.length === 1 ? (
                  <a href={`#cite-ref-${anchors[0]}`} aria-label={`Back to citation ${index + 1}`}>
                    ^
                  </a>
                ) : (
                  <>
                    <span aria-hidden="true">^</span>
                    {anchors.map((anchor, use) => (
                      <a
                        className="backlink-letter"
                        key={anchor}
                        href={`#cite-ref-${anchor}`}
                        aria-label={`Back to citation ${index + 1}, use ${use + 1}`}
                      >
                        <sup>{LETTERS[use] ?? use + 1}</sup>
                      </a>
                    ))}
                  </>
                )}
              </span>{' '}
              <cite>
                <Segments segments={formatReference(reference)} />
              </cite>
            </li>
          )
        })}
      </ol>
      {further.length ? (
        <>
          <h3 id="further-reading">Further reading</h3>
          <ul className="references further">
            {further.map((reference) => (
              <li key={reference.id}>
                <cite>
                  <Segments segments={formatReference(reference)} />
                </cite>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
