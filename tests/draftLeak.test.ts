/**
 * Drafts never leak: a draft carrying a unique marker string is searched for in every
 * response an anonymous reader can get from the APIs — REST (with ?draft=true too), GraphQL
 * (with draft: true too), the versions endpoints, and relationships populated from published
 * documents into draft ones.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoUser, getTestPayload } from './helpers/payload'
import { graphql, rest } from './helpers/rest'
import { publishedArticle, removeArticles } from './helpers/workflow'

const MARKER = `UNPUBLISHED-MARKER-${process.pid}-${Date.now()}`

describe('drafts never reach an anonymous reader', () => {
  let payload: Payload
  let published: { id: number; slug: string }
  let draftOnly: { id: number; slug: string }
  let linking: { id: number; slug: string }
  const articleIds: number[] = []
  let eventId: number

  beforeAll(async () => {
    payload = await getTestPayload()
    const editor = await demoUser(payload, 'editor')
    // A published article whose newest revision, waiting for review, carries the marker.
    published = await publishedArticle(payload, 'Leak test published')
    await payload.update({
      collection: 'articles',
      id: published.id,
      draft: true,
      overrideAccess: false,
      user: editor,
      data: {
        title: `Revised ${MARKER}`,
        summary: `Pending ${MARKER}`,
        changeSummary: `Add ${MARKER}`,
        workflowState: 'in_review',
      },
    })
    // An article that was never published, marker in its title.
    draftOnly = await payload.create({
      collection: 'articles',
      draft: true,
      overrideAccess: false,
      user: editor,
      data: {
        title: `Draft ${MARKER}`,
        slug: `leak-draft-${process.pid}`,
        summary: MARKER,
        changeSummary: MARKER,
      },
    })
    // A published article linking to both: population must give the published text or nothing.
    linking = await payload.create({
      collection: 'articles',
      data: {
        title: 'Leak test linking',
        slug: `leak-linking-${process.pid}`,
        seeAlso: [published.id, draftOnly.id],
        changeSummary: 'Link',
        _status: 'published',
      },
    })
    articleIds.push(published.id, draftOnly.id, linking.id)
    // A draft event with the marker.
    eventId = (
      await payload.create({
        collection: 'events',
        draft: true,
        data: {
          name: `Event ${MARKER}`,
          slug: `leak-event-${process.pid}`,
          type: 'other',
          startDate: '2013-09-01T12:00:00.000Z',
          changeSummary: MARKER,
        },
      })
    ).id
  })

  afterAll(async () => {
    await removeArticles(payload, articleIds)
    await payload.delete({ collection: 'events', id: eventId })
  })

  const restPaths = () => [
    '/articles?depth=2&limit=100',
    '/articles?draft=true&depth=2&limit=100',
    `/articles/${published.id}?draft=true&depth=2`,
    `/articles/${draftOnly.id}?draft=true`,
    `/articles/${linking.id}?draft=true&depth=2`,
    `/articles?where[slug][equals]=${linking.slug}&draft=true&depth=3`,
    `/articles?where[title][like]=${MARKER}&draft=true`,
    '/articles/versions?limit=200',
    `/articles/versions?where[parent][equals]=${published.id}`,
    '/events?draft=true&limit=100',
    `/events/${eventId}?draft=true`,
    '/events/versions?limit=200',
    '/reactions?draft=true&depth=2&limit=100',
    '/references?draft=true&limit=100',
  ]

  it('should keep the marker out of every anonymous REST response', async () => {
    const bodies = await Promise.all(
      restPaths().map(async (path) => JSON.stringify(await rest({ method: 'GET', path }))),
    )
    expect(bodies.filter((body) => body.includes(MARKER))).toEqual([])
  })

  it('should keep the marker out of every anonymous GraphQL response', async () => {
    const queries = [
      `{ Articles(draft: true, limit: 100) { docs { id title summary seeAlso { title summary } } } }`,
      `{ Article(id: ${published.id}, draft: true) { title summary } }`,
      `{ Article(id: ${draftOnly.id}, draft: true) { title summary } }`,
      `{ Article(id: ${linking.id}, draft: true) { seeAlso { title summary } } }`,
      `{ versionsArticles(limit: 200) { docs { version { title summary } } } }`,
      `{ Events(draft: true, limit: 100) { docs { name } } }`,
      `{ versionsEvents(limit: 200) { docs { version { name } } } }`,
    ]
    const bodies = await Promise.all(
      queries.map(async (query) => JSON.stringify(await graphql({ query }))),
    )
    expect(bodies.filter((body) => body.includes(MARKER))).toEqual([])
  })

  it('should give readers the published text of a document with a pending revision', async () => {
    const { body } = await rest({ method: 'GET', path: `/articles/${published.id}?draft=true` })
    expect(body.title).toMatch(/^Leak test published \d+$/)
  })

  it('should keep the marker out of the Local API reads of the reader site', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      draft: true,
      overrideAccess: false,
      depth: 2,
      pagination: false,
    })
    expect(JSON.stringify(docs)).not.toContain(MARKER)
  })

  it('should let the team see the marker (the test would catch a leak)', async () => {
    const editor = await demoUser(payload, 'editor')
    const doc = await payload.findByID({
      collection: 'articles',
      id: published.id,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(doc.summary).toBe(`Pending ${MARKER}`)
  })
})
