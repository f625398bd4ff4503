import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHANGE_LOG, TAGS } from '@/lib/freshness'
import { loadArticlePage } from '@/lib/queries/articles'
import { PUBLIC } from '@/lib/queries/readOptions'
import { toLexical } from '@/scripts/seed/lexical'

import { contentData, seededIds, type SeededIds } from './helpers/content'
import { getTestPayload } from './helpers/payload'

type Pool = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> }

/**
 * A page is tagged by every document it points at, published or not, so one published later
 * re-renders it: issue 15, item 0 (the page stayed bare until the article was republished).
 */
describe('the tags of a page', () => {
  let payload: Payload
  let ids: SeededIds
  const made: { collection: 'articles' | 'events' | 'references'; id: number }[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    ids = await seededIds(payload)
  })

  afterAll(async () => {
    for (const { collection, id } of made.reverse()) await payload.delete({ collection, id })
  })

  const create = async <C extends 'articles' | 'events' | 'references'>(
    collection: C,
    data: Record<string, unknown>,
    status: 'draft' | 'published',
  ) => {
    const doc = await payload.create({
      collection,
      data: { ...contentData(collection, ids), ...data, _status: status } as never,
      draft: status === 'draft',
      depth: 0,
    })
    made.push({ collection, id: doc.id })
    return doc
  }

  const articleCiting = (referenceId: number, data: Record<string, unknown> = {}) =>
    create(
      'articles',
      {
        body: toLexical({
          blocks: [{ p: ['A claim.', { cite: 'r' }] }],
          referenceIds: new Map([['r', referenceId]]),
          scope: `page-tags-${referenceId}`,
        }),
        ...data,
      },
      'published',
    )

  it('should tag an article page with a cited reference readers cannot see', async () => {
    const reference = await create('references', {}, 'published')
    const article = await articleCiting(reference.id)
    // A reviewer takes the reference back: the page no longer shows it, and must hear of its
    // next publish.
    await payload.update({
      collection: 'references',
      id: reference.id,
      data: { _status: 'draft', changeSummary: 'Taken back' },
      depth: 0,
    })

    const page = await loadArticlePage(article.slug, PUBLIC)

    expect(page?.references.has(reference.id)).toBe(false)
    expect(page?.tags).toContain(TAGS.reference(reference.id))
  })

  it('should tag an article page with its event and its reactions before the event is published', async () => {
    const event = await create('events', {}, 'draft')
    const article = await create('articles', { event: event.id }, 'published')

    const page = await loadArticlePage(article.slug, PUBLIC)

    expect(page?.event).toBeNull()
    expect(page?.tags).toEqual(
      expect.arrayContaining([TAGS.event(event.id), TAGS.eventReactions(event.id)]),
    )
  })

  it('should tag an article page with a "See also" article before it is published', async () => {
    const draft = await create('articles', {}, 'draft')
    const article = await create('articles', { seeAlso: [draft.id] }, 'published')

    const page = await loadArticlePage(article.slug, PUBLIC)

    expect(page?.seeAlso).toEqual([])
    expect(page?.tags).toContain(TAGS.article(draft.id))
  })

  describe('inside a Next.js server', () => {
    // Changes are announced only where a page cache listens (`canRevalidate`).
    const runtime = process.env.NEXT_RUNTIME
    beforeAll(() => {
      process.env.NEXT_RUNTIME = 'nodejs'
    })
    afterAll(() => {
      if (runtime === undefined) delete process.env.NEXT_RUNTIME
      else process.env.NEXT_RUNTIME = runtime
    })

    /** Whether the change log holds a change touching `tag`. */
    const announced = async (tag: string) => {
      const pool = (payload.db as unknown as { pool: Pool }).pool
      const { rows } = await pool.query(`SELECT 1 FROM ${CHANGE_LOG} WHERE $1 = ANY(tags)`, [tag])
      return rows.length > 0
    }

    it('should announce the first publish of a reference under the tag the pages citing it carry', async () => {
      const reference = await create('references', {}, 'draft')
      const article = await articleCiting(ids.referenceId, {
        furtherReferences: [reference.id],
      })
      const tag = TAGS.reference(reference.id)
      expect((await loadArticlePage(article.slug, PUBLIC))?.tags).toContain(tag)

      await payload.update({
        collection: 'references',
        id: reference.id,
        data: { _status: 'published', changeSummary: 'Published at last' },
        depth: 0,
      })

      // Announced after the commit, without holding up the save: wait for the row itself.
      await expect.poll(() => announced(tag), { timeout: 5_000 }).toBe(true)
    })

    it('should announce a reaction under the tag of the page of the reference it cites', async () => {
      const reaction = await payload.create({
        collection: 'reactions',
        data: { ...contentData('reactions', ids), _status: 'published' } as never,
        depth: 0,
      })
      try {
        await expect
          .poll(() => announced(TAGS.referenceReactions(ids.referenceId)), { timeout: 5_000 })
          .toBe(true)
      } finally {
        await payload.delete({ collection: 'reactions', id: reaction.id })
      }
    })
  })
})
