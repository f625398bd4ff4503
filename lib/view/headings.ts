import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { slugify } from '@/lib/slugify'

type TextLike = { text?: string; children?: TextLike[] }

export const plainText = (node: TextLike): string =>
  node.text ?? (node.children ?? []).map(plainText).join('')

/** The id a heading's anchor gets: the same on the heading and in the table of contents. */
export const headingId = (node: TextLike) => slugify(plainText(node))

/** Whether a stored body is an editor state at all (older saves were not validated). */
export const isEditorState = (body: unknown): body is SerializedEditorState =>
  Array.isArray((body as { root?: { children?: unknown } } | null)?.root?.children)

/** The body's section headings, for the table of contents and anchor ids. */
export const headingsOf = (body: SerializedEditorState | null | undefined) =>
  (isEditorState(body) ? body.root.children : [])
    .filter((node) => node.type === 'heading')
    .map((node) => ({
      text: plainText(node as TextLike),
      id: headingId(node as TextLike),
      level: (node as { tag?: string }).tag ?? 'h2',
    }))
