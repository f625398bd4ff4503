import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadArticlePage } from '@/lib/queries/articles'
import { PUBLIC } from '@/lib/queries/readOptions'
import { articleView } from '@/lib/view/article'
import { toLexical } from '@/scripts/seed/lexical'

import { getTestPayload } from './helpers/payload'
import { PAGE_REFERENCES } from './fixtures/referencePage'
import { countStatements } from './helpers/statements'

const CAMP_ASHRAF = '2013-camp-ashraf-massacre'
const MAX_STATEMENTS = 10

describe('the article page data', () => {
  let payload: Payload
  let articleIds: number[] = []

  /** A published article about the Camp Ashraf event whose body cites `referenceIds`. */
  const articleCiting = async (slug: string, referenceIds: number[]) => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: CAMP_ASHRAF } },
      depth: 0,
      limit: 1,
    })
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: slug,
        slug,
        event: docs[0].event,
        body: toLexical({
          blocks: referenceIds.map((_, index) => ({
            p: [`Claim ${index}.`, { cite: `r${index}` }],
          })),
          referenceIds: new Map(referenceIds.map((id, index) => [`r${index}`, id])),
          scope: slug,
        }) as never,
        _status: 'published',
        changeSummary: 'Statement count test',
      },
      depth: 0,
    })
    articleIds.push(article.id)
    return article
  }

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    for (const id of articleIds) await payload.delete({ collection: 'articles', id })
    articleIds = []
  })

  it(`should read the Camp Ashraf article page in at most ${MAX_STATEMENTS} SQL statements`, async () => {
    const { result, count } = await countStatements(() => loadArticlePage(CAMP_ASHRAF, PUBLIC))
    // The nine the page numbers, and the gazetteer the infobox map's pin is cited to.
    expect(result?.references.size).toBe(10)
    // A counter that saw nothing would let any page pass.
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThanOrEqual(MAX_STATEMENTS)
  })

  it('should read an article citing many references in as many statements as one citing one', async () => {
    const { docs: references } = await payload.find({
      collection: 'references',
      where: { _status: { equals: 'published' } },
      depth: 0,
      pagination: false,
      sort: 'id',
    })
    const ids = references.map((reference) => reference.id)
    await articleCiting('statement-count-one', ids.slice(0, 1))
    await articleCiting('statement-count-many', ids)

    const one = await countStatements(() => loadArticlePage('statement-count-one', PUBLIC))
    const many = await countStatements(() => loadArticlePage('statement-count-many', PUBLIC))

    expect(many.result?.references.size).toBe(ids.length)
    expect(many.count).toBe(one.count)
  })

  it('should count among related articles those listing the article under See also, published ones only', async () => {
    const listing = (slug: string, status: 'draft' | 'published') =>
      payload
        .create({
          collection: 'articles',
          data: {
            title: slug,
            slug,
            seeAlso: [target.id],
            _status: status,
            changeSummary: 'Related ranking test',
          },
          draft: status === 'draft',
          depth: 0,
        })
        .then((article) => {
          articleIds.push(article.id)
          return article
        })
    const target = await articleCiting('listed-target', [])
    const published = await listing('listed-by-published', 'published')
    await listing('listed-by-draft', 'draft')

    const page = await loadArticlePage('listed-target', PUBLIC)
    const titles = page!.related.map((card) => card.title)
    expect(titles).toContain(published.title)
    expect(titles).not.toContain('listed-by-draft')

    // Through the API an anonymous reader sees the published listing article only.
    const response = await payload.find({
      collection: 'articles',
      where: { id: { equals: target.id } },
      select: { listedIn: true },
      overrideAccess: false,
      depth: 0,
    })
    const listedIn = (response.docs[0].listedIn?.docs ?? []).map((doc) =>
      typeof doc === 'number' ? doc : doc.id,
    )
    expect(listedIn).toEqual([published.id])
  })

  it('should number the Camp Ashraf references in the order of the reference page (1–9)', async () => {
    const page = await loadArticlePage(CAMP_ASHRAF, PUBLIC)
    const { references } = articleView(page!, `/articles/${CAMP_ASHRAF}`)
    // The reference page's list: the three the text cites, then the six reactions' sources.
    expect(references.map((entry) => entry.reference.title)).toEqual(PAGE_REFERENCES)
  })
})
