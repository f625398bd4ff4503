import { createHash } from 'node:crypto'

import type { SeedBlock, SeedInline } from './content/types'

type ReferenceIds = Map<string, number>

export const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

export const element = (
  type: string,
  children: unknown[],
  extra: Record<string, unknown> = {},
) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** A stable id per citation, so reseeding the same text gives the same anchors. */
const citationId = (scope: string, index: number) =>
  createHash('sha1').update(`${scope}:${index}`).digest('hex').slice(0, 24)

/** Turns the seed's compact body notation into Lexical editor state. */
export const toLexical = ({
  blocks,
  referenceIds,
  scope,
}: {
  blocks: SeedBlock[]
  referenceIds: ReferenceIds
  scope: string
}) => {
  let citations = 0
  const inline = (part: SeedInline) => {
    if (typeof part === 'string') return textNode(part)
    const reference = referenceIds.get(part.cite)
    if (reference === undefined) throw new Error(`Unknown reference "${part.cite}" in ${scope}`)
    return {
      type: 'inlineBlock',
      version: 1,
      fields: {
        id: citationId(scope, citations++),
        blockName: '',
        blockType: 'citation',
        reference,
      },
    }
  }
  const children = blocks.map((block) =>
    'h2' in block
      ? element('heading', [textNode(block.h2)], { tag: 'h2' })
      : element('paragraph', block.p.map(inline), { textFormat: 0, textStyle: '' }),
  )
  return { root: element('root', children) }
}
