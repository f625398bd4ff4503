import { LexicalDiffComponent } from '@payloadcms/richtext-lexical/rsc'
import type { FieldDiffServerProps } from 'payload'
import React from 'react'

type LexicalNode = {
  type?: string
  fields?: { blockType?: string; reference?: unknown }
  children?: LexicalNode[]
  [key: string]: unknown
}
type LexicalValue = { root?: LexicalNode } | null | undefined

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value

const isCitation = (node: LexicalNode) =>
  node.type === 'inlineBlock' && node.fields?.blockType === 'citation'

/** Reference ids in the order of their first citation (the reader's numbering). */
const citedInOrder = (node: LexicalNode | undefined, order: string[] = []): string[] => {
  if (!node) return order
  if (isCitation(node)) {
    const id = idOf(node.fields?.reference)
    if (id != null && !order.includes(String(id))) order.push(String(id))
  }
  node.children?.forEach((child) => citedInOrder(child, order))
  return order
}

/** The body with each citation written out as text, as a reviewer would read it. */
const withCitationsAsText = (value: LexicalValue, titles: Map<string, string>): LexicalValue => {
  if (!value?.root) return value
  const order = citedInOrder(value.root)
  const rewrite = (node: LexicalNode): LexicalNode => {
    if (isCitation(node)) {
      const id = String(idOf(node.fields?.reference))
      const label = `[${order.indexOf(id) + 1}] ${titles.get(id) ?? `reference ${id}`}`
      return {
        type: 'text',
        text: ` ${label} `,
        format: 0,
        style: '',
        mode: 'normal',
        detail: 0,
        version: 1,
      }
    }
    return node.children ? { ...node, children: node.children.map(rewrite) } : node
  }
  return { ...value, root: rewrite(value.root) }
}

/**
 * The article body in the version comparison. Payload shows an inline citation as
 * "citation InlineBlock", hiding which source was cited or changed; here each reads
 * `[n] Reference title`, numbered per revision as its reader page would be.
 */
export async function BodyDiff(props: FieldDiffServerProps) {
  const { comparisonValue, versionValue, req } = props
  const ids = [
    ...new Set([
      ...citedInOrder((comparisonValue as LexicalValue)?.root ?? undefined),
      ...citedInOrder((versionValue as LexicalValue)?.root ?? undefined),
    ]),
  ]
  const titles = new Map<string, string>()
  if (ids.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'references',
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      pagination: false,
      select: { title: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    docs.forEach((doc) => titles.set(String(doc.id), doc.title))
  }
  return (
    <LexicalDiffComponent
      {...(props as unknown as React.ComponentProps<typeof LexicalDiffComponent>)}
      comparisonValue={withCitationsAsText(comparisonValue as LexicalValue, titles)}
      versionValue={withCitationsAsText(versionValue as LexicalValue, titles)}
    />
  )
}
