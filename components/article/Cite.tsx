import type { Reference } from '@/payload-types'
import { referenceText } from '@/lib/format/reference'

type Props = {
  number: number
  /** Unique per place of citation: the target of the reference entry's back-link. */
  anchor: string
  reference: Reference
}

/** An inline numbered citation; hovering or focusing it previews the source. */
export function Cite({ number, anchor, reference }: Props) {
  return (
    <sup className="citation" id={`cite-ref-${anchor}`}>
      <a href={`#cite-note-${number}`} aria-describedby={`cite-preview-${anchor}`}>
        [{number}]
      </a>
      <span className="citation-preview" role="tooltip" id={`cite-preview-${anchor}`}>
        {referenceText(reference)}
      </span>
    </sup>
  )
}

export type CiteLookup = (referenceId: number | undefined, anchor: string) => React.ReactNode

/** Builds the renderer the page's components share, from the page's numbering. */
export const makeCiteLookup =
  (
    numberOf: (referenceId: number) => number | undefined,
    references: Map<number, Reference>,
  ): CiteLookup =>
  (referenceId, anchor) => {
    if (referenceId === undefined) return null
    const number = numberOf(referenceId)
    const reference = references.get(referenceId)
    // An unpublished reference has no number and is not shown.
    if (number === undefined || !reference) return null
    return <Cite number={number} anchor={anchor} reference={reference} />
  }
