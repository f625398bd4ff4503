import Link from 'next/link'

import type { NumberedReference } from '@/lib/citations'
import { formatReference } from '@/lib/format/reference'
import type { Reference } from '@/payload-types'

import { FormattedReference } from './FormattedReference'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

type Props = {
  /** Cited references in number order. */
  cited: NumberedReference[]
  /** Listed though not cited in the text. */
  further: Reference[]
}

function SourcePageLink({ id, label }: { id: number; label: string }) {
  return (
    <>
      {' '}
      <Link href={`/references/${id}`} className="source-page" aria-label={label}>
        Source details
      </Link>
    </>
  )
}

/** The numbered references, with back-links to where each is cited: "^ a b". */
export function ReferenceList({ cited, further }: Props) {
  return (
    <>
      <ol className="references">
        {cited.map(({ number, reference, anchors }) => (
          <li key={reference.id} id={`cite-note-${number}`}>
            <span className="backlinks">
              {anchors.length === 1 ? (
                <a href={`#cite-ref-${anchors[0]}`} aria-label={`Back to citation ${number}`}>
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
                      aria-label={`Back to citation ${number}, use ${use + 1}`}
                    >
                      <sup>{LETTERS[use] ?? use + 1}</sup>
                    </a>
                  ))}
                </>
              )}
            </span>{' '}
            <cite>
              <FormattedReference segments={formatReference(reference)} />
            </cite>
            <SourcePageLink id={reference.id} label={`Source details of reference ${number}`} />
          </li>
        ))}
      </ol>
      {further.length ? (
        <>
          <h3 id="further-reading">Further reading</h3>
          <ul className="references further">
            {further.map((reference) => (
              <li key={reference.id}>
                <cite>
                  <FormattedReference segments={formatReference(reference)} />
                </cite>
                <SourcePageLink
                  id={reference.id}
                  label={`Source details of "${reference.title}"`}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
