import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findCitations } from '@/lib/lexical'
import { DEMO_USERS, seedContent, seedDemoUsers } from '@/scripts/seed'
import { articles } from '@/scripts/seed/content/articles'

import { PAGE_REFERENCES, PAGE_RELATED } from './fixtures/referencePage'
import { getTestPayload } from './helpers/payload'

const COLLECTIONS = ['articles', 'events', 'references', 'reactions', 'users'] as const

const CAMP_ASHRAF = '2013-camp-ashraf-massacre'

const snapshot = async (payload: Payload) =>
  Object.fromEntries(
    await Promise.all(
      COLLECTIONS.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          pagination: false,
          depth: 0,
          draft: true,
          sort: 'id',
          select: { updatedAt: true },
        })
        return [collection, docs.map((doc) => `${doc.id}@${doc.updatedAt}`)]
      }),
    ),
  )

describe('demo seed', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('should change nothing when run a second time', async () => {
    const before = await snapshot(payload)
    const content = await seedContent(payload)
    const users = await seedDemoUsers(payload)
    expect({ content, users }).toEqual({
      content: { created: 0, existing: content.existing },
      users: { created: 0, existing: DEMO_USERS.length },
    })
    expect(await snapshot(payload)).toEqual(before)
  })

  const asReader = { depth: 0, overrideAccess: false, draft: false } as const

  const campAshraf = async () =>
    (
      await payload.find({
        collection: 'articles',
        where: { slug: { equals: CAMP_ASHRAF } },
        ...asReader,
      })
    ).docs[0]

  const campAshrafEvent = async () =>
    (
      await payload.find({
        collection: 'events',
        where: { slug: { equals: CAMP_ASHRAF } },
        ...asReader,
      })
    ).docs[0]

  const titlesOf = async (ids: number[]) => {
    const { docs } = await payload.find({
      collection: 'references',
      where: { id: { in: ids } },
      ...asReader,
      pagination: false,
    })
    const titles = new Map(docs.map((doc) => [doc.id, doc.title]))
    return ids.map((id) => titles.get(id))
  }

  it('should publish the Camp Ashraf article', async () => {
    expect((await campAshraf())._status).toBe('published')
  })

  it('should list the 19 related articles of the reference page, in its order, all readable', async () => {
    const ids = ((await campAshraf()).relatedArticles ?? []) as number[]
    const { docs } = await payload.find({
      collection: 'articles',
      where: { id: { in: ids } },
      ...asReader,
      pagination: false,
    })
    const titles = new Map(docs.map((doc) => [doc.id, doc.title]))
    expect(ids.map((id) => titles.get(id))).toEqual(PAGE_RELATED)
  })

  it('should attribute the 7 missing to the references the page cites for it, [1] and [2]', async () => {
    const missing = ((await campAshrafEvent()).figures ?? []).filter(
      (figure) => figure.kind === 'missing',
    )
    expect(await titlesOf(missing.map((figure) => figure.reference as number))).toEqual(
      PAGE_REFERENCES.slice(0, 2),
    )
  })

  it('should cite the page’s references in its order: text [1]–[3], then reactions [4]–[9]', async () => {
    const article = await campAshraf()
    const { docs: reactions } = await payload.find({
      collection: 'reactions',
      where: { event: { equals: article.event } },
      ...asReader,
      sort: 'id',
      pagination: false,
    })
    const ids = [
      ...findCitations(article.body).map((citation) => citation.referenceId),
      ...reactions.map((reaction) => reaction.reference as number),
    ]
    expect(await titlesOf([...new Set(ids)])).toEqual(PAGE_REFERENCES)
  })

  it('should cite a source for every figure of the 2011 raid on Camp Ashraf', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { slug: { equals: '2011-raid-on-camp-ashraf' } },
      ...asReader,
    })
    const figures = docs[0].figures ?? []
    expect(figures.map((figure) => [figure.value, typeof figure.reference])).toEqual([
      [3, 'number'],
      [34, 'number'],
      [318, 'number'],
    ])
  })

  it('should spell the Iraq Conflict as the reference page does', async () => {
    const event = await campAshrafEvent()
    const { docs } = await payload.find({
      collection: 'events',
      where: { id: { equals: event.partOf } },
      ...asReader,
    })
    expect(docs[0].name).toBe('Iraq Conflict')
  })

  it('should seed every related article the Camp Ashraf article lists', () => {
    const main = articles.find((article) => article.slug === CAMP_ASHRAF)!
    expect(main.relatedArticles).toHaveLength(19)
  })
})
