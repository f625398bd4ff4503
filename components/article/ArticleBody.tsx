import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import type { CitationMark } from '@/lib/citations'
import { headingId, isEditorState } from '@/lib/view/headings'

import { Cite } from './Cite'

type Props = {
  body: SerializedEditorState
  /** The numbered marks of the body's citations, by the citation node's id. */
  citations: Record<string, CitationMark>
}

export function ArticleBody({ body, citations }: Props) {
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
        <Tag id={headingId(node as Parameters<typeof headingId>[0])}>
          {nodesToJSX({ nodes: node.children })}
        </Tag>
      )
    },
    inlineBlocks: {
      citation: ({ node }: { node: { fields: { id?: string } } }) => (
        <Cite mark={node.fields.id ? citations[node.fields.id] : undefined} />
      ),
    },
  })
  return <RichText className="article-body" data={body} converters={converters} />
}
