import { numericIdOf } from '@/lib/relationId'

/**
 * A Lexical rich-text body as stored (its JSON), and the one reading of the citations in it:
 * inline `citation` blocks. Pure, so the reader, the hooks, the checks and the admin's client
 * components share it.
 */

export type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: { id?: string; blockType?: string; reference?: unknown; pages?: null | string }
  [key: string]: unknown
}

export type LexicalBody = { root?: LexicalNode } | null | undefined

/** The root node of a stored body, if it has one. */
export const rootOf = (body: unknown): LexicalNode | undefined =>
  (body as LexicalBody)?.root ?? undefined

/** Whether the node is an inline citation of a reference. */
export const isCitationNode = (node: LexicalNode): boolean =>
  node.type === 'inlineBlock' && node.fields?.blockType === 'citation'

/** Visits the node and everything under it in reading order. */
export const walkLexical = (node: LexicalNode, visit: (node: LexicalNode) => void): void => {
  visit(node)
  node.children?.forEach((child) => walkLexical(child, visit))
}

export type CitationNode = {
  /** The inline block's own id, unique within the body: the anchor a back-link returns to. */
  id: string
  referenceId: number
  pages?: null | string
}

/** Every citation in reading order, repeats included. */
export const findCitations = (body: unknown): CitationNode[] => {
  const found: CitationNode[] = []
  const root = rootOf(body)
  if (!root) return found
  walkLexical(root, (node) => {
    if (!isCitationNode(node)) return
    const referenceId = numericIdOf(node.fields?.reference)
    if (referenceId !== undefined) {
      found.push({
        id: node.fields?.id ?? `c${found.length}`,
        referenceId,
        pages: node.fields?.pages,
      })
    }
  })
  return found
}

/** The distinct references the body cites, in order of first citation (the reader's numbers). */
export const citedReferenceIds = (body: unknown): number[] => [
  ...new Set(findCitations(body).map((citation) => citation.referenceId)),
]
