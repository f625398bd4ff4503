import { idOf } from '@/lib/relationId'

/**
 * Citations live in the article body as Lexical inline blocks. These helpers read them from
 * the stored JSON, both on save (to compute `citedReferences`) and on the reader page (to
 * number them).
 */

type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  fields?: { id?: string; blockType?: string; reference?: unknown; pages?: null | string }
}

export type CitationNode = {
  /** The inline block's own id, unique within the body: the anchor a back-link returns to. */
  id: string
  referenceId: number
  pages?: null | string
}

const referenceIdOf = (reference: unknown): number | undefined => {
  if (typeof reference === 'number') return reference
  if (typeof reference === 'string' && /^\d+$/.test(reference)) return Number(reference)
  if (reference && typeof reference === 'object' && 'id' in reference) {
    return referenceIdOf((reference as { id: unknown }).id)
  }
  return undefined
}

/** Every citation in reading order, repeats included. */
export const findCitations = (body: unknown): CitationNode[] => {
  const found: CitationNode[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'citation') {
      const referenceId = referenceIdOf(node.fields.reference)
      if (referenceId !== undefined) {
        found.push({
          id: node.fields.id ?? `c${found.length}`,
          referenceId,
          pages: node.fields.pages,
        })
      }
    }
    node.children?.forEach(visit)
  }
  const root = (body as { root?: LexicalNode } | null | undefined)?.root
  if (root) visit(root)
  return found
}

/** The distinct references the body cites, in order of first citation. */
export const citedReferenceIds = (body: unknown): number[] => [
  ...new Set(findCitations(body).map((citation) => citation.referenceId)),
]

/** One place a reference is cited: `anchor` is the id of the superscript, for back-links. */
export type CitationUse = { anchor: string; referenceId: number }

export type CitationIndex = {
  /** Reference ids in number order: the first is [1]. */
  order: number[]
  numberOf: (referenceId: number) => number | undefined
  /** Every anchor citing the reference, in reading order: "^ a b". */
  anchorsOf: (referenceId: number) => string[]
}

/**
 * Numbers references in order of first citation, as Wikipedia does: a reference cited twice
 * keeps its number, and its entry lists a back-link to each place it is cited.
 */
export const numberCitations = (uses: CitationUse[]): CitationIndex => {
  const anchors = new Map<number, string[]>()
  for (const { anchor, referenceId } of uses) {
    const list = anchors.get(referenceId)
    if (list) list.push(anchor)
    else anchors.set(referenceId, [anchor])
  }
  const order = [...anchors.keys()]
  const numbers = new Map(order.map((id, index) => [id, index + 1]))
  return {
    order,
    numberOf: (referenceId) => numbers.get(referenceId),
    anchorsOf: (referenceId) => anchors.get(referenceId) ?? [],
  }
}

type CitingRow = { id?: null | number | string; reference?: null | number | { id: number } }

/**
 * The anchor of a citation made by a figure, perpetrator or reaction: one scheme, so the
 * superscript, the numbering and the back-link always agree. Payload gives every stored
 * array row and document an id.
 */
export const rowAnchor = (kind: 'figure' | 'perpetrator' | 'reaction', row: CitingRow) =>
  `${kind}-${row.id}`

/** The citations a list of rows makes, in list order; rows without a reference cite nothing. */
export const rowCitations = (
  kind: 'figure' | 'perpetrator' | 'reaction',
  rows: CitingRow[] | null | undefined,
): CitationUse[] =>
  (rows ?? []).flatMap((row) => {
    const referenceId = idOf(row.reference)
    return referenceId === undefined ? [] : [{ anchor: rowAnchor(kind, row), referenceId }]
  })
