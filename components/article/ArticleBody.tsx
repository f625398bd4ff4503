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

/** The body's section headings, for the table of contents and anchor ids. */
export const headingsOf = (body: SerializedEditorState | null | undefined) =>
  (body?.root.children ?? [])
    .filter((node) => node.type === 'heading')
    .map((node) => {
      const text = plainText(node as TextLike)
      return { text, id: slugify(text), level: (node as { tag?: string }).tag ?? 'h2' }
    })

export function ArticleBody({ body, cite }: Props) {
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
