import type { RichTextFieldValidation } from 'payload'
import { richText as payloadRichTextValidation } from 'payload/shared'

/**
 * The node types the article editor (fields/editor.ts) can produce. Anything else would be
 * stored and then break the reader page that renders it, so it is refused on save.
 */
const ELEMENT_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
])
const LEAF_TYPES = new Set(['text', 'linebreak', 'tab', 'horizontalrule', 'inlineBlock'])
const HEADING_TAGS = new Set(['h2', 'h3', 'h4'])
const LIST_TYPES = new Set(['bullet', 'number', 'check'])
const INLINE_BLOCK_TYPES = new Set(['citation'])
// Real documents nest lists a few levels; hundreds of levels are only ever an attack.
const MAX_DEPTH = 24
const MAX_NODES = 50_000

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Whether a link target is safe to put in an href: http(s), mailto, or a path or fragment on
 * this site. `javascript:` and `data:` URLs would run script in readers' browsers.
 */
export const isSafeLinkUrl = (url: unknown): boolean => {
  if (typeof url !== 'string' || url.length > 2048) return false
  // Browsers drop tabs and newlines inside URLs, so "java\tscript:" must be read as "javascript:".
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '')
  if (cleaned.startsWith('#')) return true
  if (cleaned.startsWith('/')) return !cleaned.startsWith('//') && !cleaned.startsWith('/\\')
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(cleaned).protocol)
  } catch {
    return false
  }
}

/** Checks a Lexical editor state against the article editor's nodes; a message or true. */
export const validateLexicalState = (value: unknown): string | true => {
  if (value === null || value === undefined) return true
  if (!isRecord(value) || !isRecord(value.root)) {
    return 'The body must be rich text (an editor state with a root node), not plain text.'
  }
  if (value.root.type !== 'root') return 'The body\'s root node must have the type "root".'
  let nodes = 0
  const stack: { node: unknown; depth: number; where: string }[] = [
    { node: value.root, depth: 0, where: 'root' },
  ]
  while (stack.length) {
    const { node, depth, where } = stack.pop()!
    if (++nodes > MAX_NODES) return `The body has more than ${MAX_NODES} nodes.`
    if (depth > MAX_DEPTH) return `The body is nested more than ${MAX_DEPTH} levels deep.`
    if (!isRecord(node) || typeof node.type !== 'string') {
      return `The body's node at ${where} is not an editor node.`
    }
    const { type } = node
    if (type === 'root' && depth > 0) return `The body has a second root node at ${where}.`
    if (!ELEMENT_TYPES.has(type) && !LEAF_TYPES.has(type)) {
      return `The body's node at ${where} has a type the editor does not have ("${type.slice(0, 40)}").`
    }
    if (type === 'text' && typeof node.text !== 'string') {
      return `The body's text node at ${where} has no text.`
    }
    if (type === 'heading' && !HEADING_TAGS.has(node.tag as string)) {
      return `The body's heading at ${where} must be h2, h3 or h4.`
    }
    if (type === 'list' && !LIST_TYPES.has(node.listType as string)) {
      return `The body's list at ${where} has an unknown list type.`
    }
    if (type === 'inlineBlock') {
      const fields = node.fields
      if (!isRecord(fields) || !INLINE_BLOCK_TYPES.has(fields.blockType as string)) {
        return `The body's inline block at ${where} is not a citation.`
      }
    }
    if (type === 'link' || type === 'autolink') {
      const fields = isRecord(node.fields) ? node.fields : {}
      const internal = fields.linkType === 'internal'
      if (!internal && !isSafeLinkUrl(fields.url)) {
        return `The body's link at ${where} must go to an http(s) or mailto URL or a path on this site.`
      }
    }
    if (ELEMENT_TYPES.has(type)) {
      if (!Array.isArray(node.children)) return `The body's node at ${where} has no children list.`
      node.children.forEach((child, index) =>
        stack.push({ node: child, depth: depth + 1, where: `${where}.children.${index}` }),
      )
    }
  }
  return true
}

/** The article body's validation: our structural checks, then Payload's own (block fields). */
export const validateRichText: RichTextFieldValidation = async (value, options) => {
  const structural = validateLexicalState(value)
  if (structural !== true) return structural
  return payloadRichTextValidation(value, options)
}
