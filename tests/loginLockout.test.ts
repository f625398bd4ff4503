import type { ChildProcess } from 'node:child_process'

import config from '@payload-config'
import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { clientAddress, LOCK_MS, trustedProxyHops } from '@/collections/Users/loginThrottle'

import { startFaultServer, stopFaultServer } from './helpers/faultServerProcess'
import { getTestPayload } from './helpers/payload'

/**
 * The login lockout kept in PostgreSQL (collections/Users/loginThrottle.ts): exact under
 * simultaneous guesses, shared by every instance on the database, and counted under the
 * address our own proxy wrote, whatever the client forged in front of it.
 */

// A second instance: Payload's REST handlers in a process of their own, on the same database.
const SECOND_PORT = Number(process.env.LOCKOUT_SECOND_PORT || 56750)
const PASSWORD = 'a-long-lockout-password'
const WRONG = 'not-the-password-at-all'
const LOCKED = 'This user is locked due to having too many failed login attempts.'

type Answer = { status: number; message: string }

const post = REST_POST(config)
const graphqlPost = GRAPHQL_POST(config)

/** A login through this process's Payload, as sent from behind one proxy. */
async function here(email: string, password: string, forwardedFor: string): Promise<Answer> {
  const response = await post(
    new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
      body: JSON.stringify({ email, password }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  return answerOf(response)
}

/** The same login through the second instance. */
async function there(email: string, password: string, forwardedFor: string): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${SECOND_PORT}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(30_000),
  })
  return answerOf(response)
}

/** The same login as a GraphQL mutation. */
async function viaGraphQL(email: string, password: string, forwardedFor: string): Promise<Answer> {
  const response = await graphqlPost(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
      body: JSON.stringify({
        query:
          'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
        variables: { email, password },
      }),
    }),
  )
  return answerOf(response)
}

async function answerOf(response: Response): Promise<Answer> {
  const body = (await response.json()) as { errors?: { message: string }[] }
  return { status: response.status, message: body.errors?.[0]?.message ?? 'signed in' }
}

describe('the login lockout', () => {
  let payload: Payload
  let second: ChildProcess | undefined
  const users: number[] = []
  const emails: string[] = []

  const query = (text: string, values: unknown[] = []) =>
    (
      payload.db as unknown as {
        pool: { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }
      }
    ).pool.query(text, values)

  const makeUser = async (name: string) => {
    const email = `${name}@lockout.annals.test`
    const user = await payload.create({
      collection: 'users',
      data: { name: 'Lockout Test', email, password: PASSWORD, roles: ['editor'] },
    })
    users.push(user.id)
    emails.push(email)
    return email
  }

  const failuresOf = async (email: string, client: string) =>
    (
      (await query('SELECT failures FROM login_failures WHERE account = $1 AND client = $2', [
        email,
        client,
      ])) as { rows: { failures: number }[] }
    ).rows[0]?.failures ?? 0

  beforeAll(async () => {
    payload = await getTestPayload()
    second = await startFaultServer({ ...process.env, FAULT_PORT: String(SECOND_PORT) })
  })

  afterAll(async () => {
    await stopFaultServer(second)
    await query('DELETE FROM login_failures WHERE account = ANY($1)', [emails])
    for (const id of users) await payload.delete({ collection: 'users', id })
  })

  it('should count 5 simultaneous wrong passwords exactly and refuse that client’s 6th, right, password', async () => {
    const email = await makeUser('simultaneous')
    const guesses = await Promise.all(
      Array.from({ length: 5 }, () => here(email, WRONG, '198.51.100.40')),
    )
    const counted = await failuresOf(email, '198.51.100.40')
    const sixth = await here(email, PASSWORD, '198.51.100.40')
    expect({ guesses: guesses.map((guess) => guess.status), counted, sixth }).toEqual({
      guesses: [401, 401, 401, 401, 401],
      counted: 5,
      sixth: { status: 401, message: LOCKED },
    })
  })

  it('should let the owner in from another address while a guesser is locked out', async () => {
    const email = await makeUser('owner')
    await Promise.all(Array.from({ length: 5 }, () => here(email, WRONG, '198.51.100.41')))
    expect(await here(email, PASSWORD, '203.0.113.41')).toEqual({
      status: 200,
      message: 'signed in',
    })
  })

  it('should check only 5 of 8 simultaneous guesses, refusing the rest as locked', async () => {
    const email = await makeUser('overrun')
    const guesses = await Promise.all(
      Array.from({ length: 8 }, () => here(email, WRONG, '198.51.100.42')),
    )
    const locked = guesses.filter((guess) => guess.message === LOCKED)
    expect([guesses.length - locked.length, locked.length]).toEqual([5, 3])
  })

  it('should share the count between two instances on one database', async () => {
    const email = await makeUser('shared')
    await Promise.all([
      here(email, WRONG, '198.51.100.43'),
      there(email, WRONG, '198.51.100.43'),
      here(email, WRONG, '198.51.100.43'),
      there(email, WRONG, '198.51.100.43'),
      there(email, WRONG, '198.51.100.43'),
    ])
    const [first, other] = [
      await here(email, PASSWORD, '198.51.100.43'),
      await there(email, PASSWORD, '198.51.100.43'),
    ]
    expect([first, other]).toEqual([
      { status: 401, message: LOCKED },
      { status: 401, message: LOCKED },
    ])
  })

  it('should count wrong passwords sent through GraphQL in the same lock', async () => {
    const email = await makeUser('graphql')
    for (let i = 0; i < 5; i++) await viaGraphQL(email, WRONG, '198.51.100.48')
    expect(await here(email, PASSWORD, '198.51.100.48')).toEqual({ status: 401, message: LOCKED })
  })

  it('should count a guesser under the address the proxy wrote, whatever it forges before it', async () => {
    const email = await makeUser('forger')
    for (let i = 0; i < 5; i++) await here(email, WRONG, `10.0.0.${i + 1}, 198.51.100.44`)
    expect(await here(email, PASSWORD, '10.9.9.9, 198.51.100.44')).toEqual({
      status: 401,
      message: LOCKED,
    })
  })

  it('should not lock out a client whose forged first entry names the locked address', async () => {
    const email = await makeUser('spoofed')
    for (let i = 0; i < 5; i++) await here(email, WRONG, '198.51.100.45')
    expect(await here(email, PASSWORD, '198.51.100.45, 203.0.113.45')).toEqual({
      status: 200,
      message: 'signed in',
    })
  })

  it('should take the entry of the outermost trusted proxy when there are two', () => {
    const headers = new Headers({ 'X-Forwarded-For': 'forged, 192.0.2.7, 10.1.1.1' })
    expect([clientAddress({ headers }, 2), clientAddress({ headers }, 1)]).toEqual([
      '192.0.2.7',
      '10.1.1.1',
    ])
  })

  it('should refuse a TRUSTED_PROXY_HOPS below 1', () => {
    vi.stubEnv('TRUSTED_PROXY_HOPS', '0')
    try {
      expect(() => trustedProxyHops()).toThrow(
        'TRUSTED_PROXY_HOPS must be a whole number of at least 1 (it is "0").',
      )
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('should end a lock LOCK_MS after the first failure', async () => {
    const email = await makeUser('expiry')
    for (let i = 0; i < 5; i++) await here(email, WRONG, '198.51.100.46')
    // As if the window had begun LOCK_MS ago.
    await query(
      `UPDATE login_failures SET since = since - $2::integer * interval '1 millisecond'
        WHERE account = $1`,
      [email, LOCK_MS],
    )
    expect((await here(email, PASSWORD, '198.51.100.46')).status).toBe(200)
  })

  it('should forget a client’s failures when it signs in', async () => {
    const email = await makeUser('forgiven')
    for (let i = 0; i < 4; i++) await here(email, WRONG, '198.51.100.47')
    await here(email, PASSWORD, '198.51.100.47')
    for (let i = 0; i < 4; i++) await here(email, WRONG, '198.51.100.47')
    expect((await here(email, PASSWORD, '198.51.100.47')).status).toBe(200)
  })

  it('should leave no database connection idle in a transaction', async () => {
    const { rows } = await query(
      `SELECT pid, query FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    )
    expect(rows).toEqual([])
  })
})
