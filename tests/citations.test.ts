import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { numberCitations } from '@/lib/citations'
import { toLexical } from '@/scripts/seed/lexical'

import { getTestPayload } from './helpers/payload'

describe('citation numbering', () => {
  it('should give a reference cited twice one number and a back-link per use', () => {
    const index = numberCitations([
      { anchor: 'a', referenceId: 30 },
      { anchor: 'b', referenceId: 10 },
      { anchor: 'c', referenceId: 30 },
      { anchor: 'd', referenceId: 20 },
    ])
    expect(index.order).toEqual([30, 10, 20])
    expect([index.numberOf(30), index.numberOf(10), index.numberOf(20)]).toEqual([1, 2, 3])
    expect(index.anchorsOf(30)).toEqual(['a', 'c'])
    expect(index.anchorsOf(10)).toEqual(['b'])
  })
})

describe('citedReferences', () => {
  let payload: Payload
  let referenceIds: number[]
  let articleId: number

  const bodyCiting = (...keys: string[]) =>
    toLexical({
      blocks: [{ p: ['Text.', ...keys.map((cite) => ({ cite }))] }],
      referenceIds: new Map(referenceIds.map((id, index) => [`r${index}`, id])),
      scope: 'test',
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    const { docs } = await payload.find({
      collection: 'references',
      sort: 'id',
      limit: 3,
      depth: 0,
    })
    referenceIds = docs.map((doc) => doc.id)
  })

  afterAll(async () => {
    if (articleId) await payload.delete({ collection: 'articles', id: articleId })
  })

  it('should list the cited references in order of first citation when an article is saved', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Citation test',
        slug: 'citation-test',
        body: bodyCiting('r2', 'r0', 'r2') as never,
        changeSummary: 'Cite three references',
      },
      depth: 0,
    })
    articleId = article.id
    expect(article.citedReferences).toEqual([referenceIds[2], referenceIds[0]])
  })

  it('should follow the body when it changes and ignore a value sent for the field', async () => {
    const article = await payload.update({
      collection: 'articles',
      id: articleId,
      data: {
        body: bodyCiting('r1') as never,
        citedReferences: [referenceIds[0]],
        changeSummary: 'Cite one reference',
      },
      depth: 0,
    })
    expect(article.citedReferences).toEqual([referenceIds[1]])
  })
})
