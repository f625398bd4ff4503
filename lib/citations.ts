import type { Reference } from '@/payload-types'
import { referenceText } from '@/lib/format/reference'
import { findCitations, isCitationNode, rootOf, type LexicalNode } from '@/lib/lexical'
import { idOf, numericIdOf } from '@/lib/relationId'

/**
 * Numbering a page's citations: those of the article body (Lexical inline blocks, read by
 * `lib/lexical.ts`) and those of its citing rows (figures, perpetrators, reactions).
 */

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
export const rowAnchor = (kind: CitingKind, row: CitingRow) => `${kind}-${row.id}`

/** The citations a list of rows makes, in list order; rows without a reference cite nothing. */
export const rowCitations = (
  kind: CitingKind,
  rows: CitingRow[] | null | undefined,
): CitationUse[] =>
  (rows ?? []).flatMap((row) => {
    const referenceId = idOf(row.reference)
    return referenceId === undefined ? [] : [{ anchor: rowAnchor(kind, row), referenceId }]
  })

/** The kinds of row that cite a source besides the body's inline citations. */
export type CitingKind = 'figure' | 'perpetrator' | 'reaction'

/** The citations an article body makes, in reading order; the anchor is the node's own id. */
export const bodyCitations = (body: unknown): CitationUse[] =>
  findCitations(body).map(({ id, referenceId }) => ({ anchor: id, referenceId }))

/** What a superscript needs: its number, where it sits and what it previews. */
export type CitationMark = {
  number: number
  anchor: string
  referenceId: number
  /** The formatted reference, shown when the citation is hovered or focused. */
  preview: string
}

/** A reference in the page's numbered list, with a back-link to each place it is cited. */
export type NumberedReference = { number: number; reference: Reference; anchors: string[] }

export type CitationRegistry = {
  /** The mark of the citation at `anchor`; none when its reference is not published. */
  markAt: (anchor: string) => CitationMark | undefined
  /** The mark of a citing row (figure, perpetrator, reaction). */
  markOf: (kind: CitingKind, row: CitingRow) => CitationMark | undefined
  /** Cited references in number order. */
  numbered: NumberedReference[]
  /** Whether the page cites the reference anywhere. */
  cites: (referenceId: number) => boolean
}

/**
 * The one registry of a page's citing rows: every citation the page makes, in the order that
 * numbers them, against the published references the page may show. Citations of a reference
 * readers cannot see are dropped before numbering, so numbers never skip.
 */
export const citationRegistry = (
  uses: CitationUse[],
  references: Map<number, Reference>,
): CitationRegistry => {
  const index = numberCitations(uses.filter((use) => references.has(use.referenceId)))
  const marks = new Map<string, CitationMark>()
  const previews = new Map<number, string>()
  const previewOf = (referenceId: number) => {
    let preview = previews.get(referenceId)
    if (preview === undefined) {
      preview = referenceText(references.get(referenceId)!)
      previews.set(referenceId, preview)
    }
    return preview
  }
  for (const referenceId of index.order) {
    for (const anchor of index.anchorsOf(referenceId)) {
      marks.set(anchor, {
        number: index.numberOf(referenceId)!,
        anchor,
        referenceId,
        preview: previewOf(referenceId),
      })
    }
  }
  return {
    markAt: (anchor) => marks.get(anchor),
    markOf: (kind, row) => marks.get(rowAnchor(kind, row)),
    numbered: index.order.map((referenceId, position) => ({
      number: position + 1,
      reference: references.get(referenceId)!,
      anchors: index.anchorsOf(referenceId),
    })),
    cites: (referenceId) => index.numberOf(referenceId) !== undefined,
  }
}

/** Text that ends a sentence: the cited sentence starts after the last one before the mark. */
const SENTENCE_END = /[.!?]["”’)]?\s+/g

const lastSentence = (text: string) => {
  let start = 0
  const trimmed = text.trimEnd()
  for (const match of trimmed.matchAll(SENTENCE_END)) {
    if (match.index + match[0].length < trimmed.length) start = match.index + match[0].length
  }
  return trimmed.slice(start).trim()
}

/**
 * The passages of an article body that cite a reference: for each citation of it, the
 * sentence the citation mark closes (a mark follows the claim it supports, as on Wikipedia).
 */
export const citedPassages = (body: unknown, referenceId: number): string[] => {
  const passages: string[] = []
  const visitBlock = (block: LexicalNode) => {
    let text = ''
    const walk = (node: LexicalNode) => {
      if (isCitationNode(node)) {
        if (numericIdOf(node.fields?.reference) === referenceId) {
          const sentence = lastSentence(text)
          if (sentence && !passages.includes(sentence)) passages.push(sentence)
        }
        return
      }
      if (typeof node.text === 'string') text += node.text
      node.children?.forEach(walk)
    }
    walk(block)
  }
  rootOf(body)?.children?.forEach(visitBlock)
  return passages
}
