import { LexicalDiffComponent } from '@payloadcms/richtext-lexical/rsc'
import type { FieldDiffServerProps } from 'payload'
import React from 'react'

import {
  citedReferenceIds,
  isCitationNode,
  type LexicalBody,
  type LexicalNode,
} from '@/lib/lexical'
import { idOf } from '@/lib/relationId'

/** The body with each citation written out as text, as a reviewer would read it. */
const withCitationsAsText = (value: LexicalBody, titles: Map<string, string>): LexicalBody => {
  if (!value?.root) return value
  const order = citedReferenceIds(value).map(String)
  const rewrite = (node: LexicalNode): LexicalNode => {
    if (isCitationNode(node)) {
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
    ...new Set([...citedReferenceIds(comparisonValue), ...citedReferenceIds(versionValue)]),
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
      comparisonValue={withCitationsAsText(comparisonValue as LexicalBody, titles)}
      versionValue={withCitationsAsText(versionValue as LexicalBody, titles)}
    />
  )
}
