import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS, seedContent, seedDemoUsers } from '@/scripts/seed'
import { references } from '@/scripts/seed/content/references'

import { getTestPayload } from './helpers/payload'

const COLLECTIONS = ['articles', 'events', 'references', 'reactions', 'users'] as const

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

  it('should publish the Camp Ashraf article with all nine references of the reference page', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: '2013-camp-ashraf-massacre' } },
      depth: 0,
    })
    expect(docs[0]._status).toBe('published')
    const { totalDocs } = await payload.count({ collection: 'references' })
    expect(totalDocs).toBe(references.length)
    expect(references).toHaveLength(9)
  })
})
