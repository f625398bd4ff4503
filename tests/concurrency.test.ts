/**
 * Concurrent saves through Payload's real REST handlers, in-process, on the test database:
 * each save is a compare-and-set inside its transaction (exactly one of N saves made from one
 * loaded revision wins), and a burst larger than the connection pool completes and leaves no
 * connection idle in a transaction.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorAnswers } from '@/hooks/errorAnswers'

import { getTestPayload } from './helpers/payload'
import { login, rest, type RestResponse } from './helpers/rest'
import { removeArticles } from './helpers/workflow'

const TEAM = ['editor', 'reviewer', 'reviewer2', 'admin'] as const

let drafts = 0

describe('concurrent saves', () => {
  let payload: Payload
  const tokens: Record<(typeof TEAM)[number], string> = {} as never
  const created: number[] = []

  /** A never-published article, as editors start them, and the revision a client loads. */
  const draftArticle = async () => {
    drafts += 1
    const response = await rest({
      method: 'POST',
      path: '/articles?draft=true&depth=0',
      token: tokens.editor,
      body: {
        title: `Concurrency test ${drafts}`,
        slug: `concurrency-${process.pid}-${drafts}-${Date.now()}`,
        summary: 'Before.',
        changeSummary: 'Start the draft',
      },
    })
    const doc = response.body.doc as { id: number; updatedAt: string }
    created.push(doc.id)
    return doc
  }

  const save = (id: number, token: string, updatedAt: string, n: number) =>
    rest({
      method: 'PATCH',
      path: `/articles/${id}?draft=true&depth=0`,
      token,
      body: { summary: `Save ${n}`, changeSummary: `Concurrent save ${n}`, updatedAt },
    })

  const statuses = (responses: RestResponse[]) =>
    responses.reduce<Record<number, number>>((counts, { status }) => {
      counts[status] = (counts[status] ?? 0) + 1
      return counts
    }, {})

  const idleInTransaction = async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      const { rows } = await client.query<{ count: string }>(
        `SELECT count(*) FROM pg_stat_activity
         WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      )
      return Number(rows[0].count)
    } finally {
      await client.end()
    }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const who of TEAM) tokens[who] = await login(who)
  })

  afterAll(async () => {
    await removeArticles(payload, created)
  })

  it('should let exactly one of 20 concurrent saves from one loaded revision win', async () => {
    const { id, updatedAt } = await draftArticle()
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        save(id, n % 2 ? tokens.reviewer : tokens.editor, updatedAt, n),
      ),
    )
    expect(statuses(responses)).toEqual({ 200: 1, 409: 19 })
  })

  it('should tell the 19 losers who changed the document and when', async () => {
    const { id, updatedAt } = await draftArticle()
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, n) => save(id, tokens.editor, updatedAt, n)),
    )
    const messages = responses
      .filter(({ status }) => status === 409)
      .map(({ body }) => body.errors?.[0].message)
    expect(messages).toEqual(
      Array.from({ length: 19 }, () =>
        expect.stringMatching(
          /^Ed Editor changed this document at \d{4}-\d\d-\d\d \d\d:\d\d UTC, after you loaded it\./,
        ),
      ),
    )
  })

  it('should keep the winner’s text, not a loser’s', async () => {
    const { id, updatedAt } = await draftArticle()
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, n) => save(id, tokens.reviewer2, updatedAt, n)),
    )
    const winner = responses.findIndex(({ status }) => status === 200)
    const stored = await rest({
      method: 'GET',
      path: `/articles/${id}?draft=true&depth=0`,
      token: tokens.editor,
    })
    expect(stored.body.summary).toBe(`Save ${winner}`)
  })

  it('should complete 50 concurrent saves across 50 documents by 4 users, leaving no connection idle in a transaction', async () => {
    const docs = await Promise.all(Array.from({ length: 50 }, () => draftArticle()))
    const responses = await Promise.all(
      docs.map(({ id, updatedAt }, n) => save(id, tokens[TEAM[n % TEAM.length]], updatedAt, n)),
    )
    expect({ saves: statuses(responses), idleInTransaction: await idleInTransaction() }).toEqual({
      saves: { 200: 50 },
      idleInTransaction: 0,
    })
  })

  it('should answer the API within a second after a burst', async () => {
    const docs = await Promise.all(Array.from({ length: 30 }, () => draftArticle()))
    await Promise.all(
      docs.flatMap(({ id, updatedAt }, n) => [
        save(id, tokens.editor, updatedAt, n),
        save(id, tokens.reviewer, updatedAt, n + 100),
      ]),
    )
    const started = performance.now()
    const response = await rest({ method: 'GET', path: '/articles?limit=1&depth=0' })
    expect({ status: response.status, fast: performance.now() - started < 1000 }).toEqual({
      status: 200,
      fast: true,
    })
  })

  it('should answer a database statement timeout as a 503 with a message', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    const error = await client
      .query('SET statement_timeout = 50')
      .then(() => client.query('SELECT pg_sleep(2)'))
      .catch((caught: Error) => caught)
      .finally(() => client.end())
    const answer = await errorAnswers({
      error,
      result: { errors: [{ message: 'Something went wrong.' }] },
    } as never)
    expect(answer).toEqual({
      status: 503,
      response: {
        errors: [
          {
            message:
              'The service is briefly unavailable: a database statement took too long and was cancelled. Please try again in a moment.',
          },
        ],
      },
    })
  })
})
