import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { slugify } from '@/lib/slugify'

import type { CiteLookup } from './Cite'

type Props = {
  body: SerializedEditorState
  cite: CiteLookup
}

type TextLike = { text?: string; children?: TextLike[] }

export const plainText = (node: TextLike): string =>
  node.text ?? (node.children ?? []).map(plainText).join('')

/** Whether a stored body is an editor state at all (older saves were not validated). */
const isEditorState = (body: unknown): body is SerializedEditorState =>
  Array.isArray((body as { root?: { children?: unknown } } | null)?.root?.children)

/** The body's section headings, for the table of contents and anchor ids. */
export const headingsOf = (body: SerializedEditorState | null | undefined) =>
  (isEditorState(body) ? body.root.children : [])
    .filter((node) => node.type === 'heading')
    .map((node) => {
      const text = plainText(node as TextLike)
      return { text, id: slugify(text), level: (node as { tag?: string }).tag ?? 'h2' }
    })

export function ArticleBody({ body, cite }: Props) {
  // One malformed document must not take its page down: render the rest and log.
  if (!isEditorState(body)) {
    console.error('Article body is not an editor state; rendering the page without it.')
    return null
  }
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag
      return (
        <Tag id={slugify(plainText(node as TextLike))}>{nodesToJSX({ nodes: node.children })}</Tag>
      )
    },
    inlineBlocks: {
      citation: ({ node }: { node: { fields: unknown } }) => {
        const fields = node.fields as { id: string; reference: number | { id: number } }
        const referenceId =
          typeof fields.reference === 'object' ? fields.reference.id : fields.reference
        return cite(referenceId, fields.id)
      },
    },
  })
  return <RichText className="article-body" data={body} converters={converters} />
}
