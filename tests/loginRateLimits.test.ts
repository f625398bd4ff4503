import config from '@payload-config'
import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  MAX_ADDRESS_FAILURES,
  MAX_RESETS_PER_ACCOUNT,
  MAX_RESETS_PER_ADDRESS,
} from '@/collections/Users/loginThrottle'

import { getTestPayload } from './helpers/payload'

/**
 * The limits per client address (collections/Users/loginThrottle.ts, hashSlots.ts): failed
 * logins on any accounts, simultaneous logins, and password reset requests per address and
 * per account — each refused with 429, its reason and Retry-After, through the real handlers.
 */

const PASSWORD = 'a-long-rate-limit-password'
const WRONG = 'not-the-password-at-all'
const ADDRESS_LIMIT = 'Too many failed sign-ins from your network address. Try again in 10 minutes.'
const RESETS_BY_ADDRESS =
  'Too many password reset requests from your network address. Try again in 10 minutes.'
const RESETS_BY_ACCOUNT =
  'Too many password reset requests for this email address. Try again in 10 minutes.'

// Past the address's limit, or past what may wait at once: either way before any check.
const REFUSED_LOGIN =
  /^Too many (failed )?sign-ins from your network address( at once)?\. Try again/

type Answer = { status: number; message: string; retryAfter: string | null }

const post = REST_POST(config)
const graphqlPost = GRAPHQL_POST(config)

async function answerOf(response: Response): Promise<Answer> {
  const body = (await response.json()) as { errors?: { message: string }[]; message?: string }
  return {
    status: response.status,
    message: body.errors?.[0]?.message ?? body.message ?? '',
    retryAfter: response.headers.get('retry-after'),
  }
}

/** A REST call as sent from behind one proxy, which wrote `address`. */
async function from(address: string, path: 'login' | 'forgot-password', body: object) {
  const response = await post(
    new Request(`http://localhost/api/users/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: ['users', path] }) },
  )
  return answerOf(response)
}

const login = (address: string, email: string, password: string) =>
  from(address, 'login', { email, password })
const reset = (address: string, email: string) => from(address, 'forgot-password', { email })

/** A fresh made-up email: unknown accounts are what a flood sends. */
let made = 0
const nobody = () => `nobody-${++made}@rate-limits.annals.test`

describe('the limits per client address', () => {
  let payload: Payload
  const users: number[] = []
  const addresses: string[] = []
  let address = 0
  /** A fresh address for each test, so no test sees another's counts. */
  const freshAddress = () => {
    const value = `198.51.100.${150 + ++address}`
    addresses.push(value)
    return value
  }

  const query = (text: string, values: unknown[] = []) =>
    (
      payload.db as unknown as {
        pool: { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }
      }
    ).pool.query(text, values)

  /** As if the address had already failed `failures` logins in this window. */
  const failedBefore = (client: string, failures: number) =>
    query(
      `INSERT INTO login_failures (kind, account, client, failures) VALUES ('login', '', $1, $2)`,
      [client, failures],
    )

  const idleInTransaction = async () =>
    (
      await query(
        `SELECT pid, query FROM pg_stat_activity
          WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      )
    ).rows

  const makeUser = async (name: string) => {
    const email = `${name}@rate-limits.annals.test`
    const user = await payload.create({
      collection: 'users',
      data: { name: 'Rate Limit Test', email, password: PASSWORD, roles: ['editor'] },
    })
    users.push(user.id)
    return email
  }

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await query(
      `DELETE FROM login_failures WHERE client = ANY($1) OR account LIKE '%@rate-limits.annals.test'`,
      [addresses],
    )
    for (const id of users) await payload.delete({ collection: 'users', id })
  })

  it('should refuse the login after an address’s last allowed failure with 429 and its reason', async () => {
    const client = freshAddress()
    await failedBefore(client, MAX_ADDRESS_FAILURES - 1)
    const last = await login(client, nobody(), WRONG)
    const refused = await login(client, nobody(), WRONG)
    expect([last.status, refused]).toEqual([
      401,
      { status: 429, message: ADDRESS_LIMIT, retryAfter: expect.stringMatching(/^\d+$/) },
    ])
  })

  it('should ask a refused address to retry when its window ends', async () => {
    const client = freshAddress()
    await failedBefore(client, MAX_ADDRESS_FAILURES)
    const { retryAfter } = await login(client, nobody(), WRONG)
    expect(Number(retryAfter)).toBeGreaterThan(590)
    expect(Number(retryAfter)).toBeLessThanOrEqual(600)
  })

  it('should refuse even the right password from an address over its limit', async () => {
    const email = await makeUser('refused-owner')
    const client = freshAddress()
    await failedBefore(client, MAX_ADDRESS_FAILURES)
    expect((await login(client, email, PASSWORD)).status).toBe(429)
  })

  it('should let another address sign in while one is refused', async () => {
    const email = await makeUser('other-address')
    const flooder = freshAddress()
    await failedBefore(flooder, MAX_ADDRESS_FAILURES)
    await login(flooder, nobody(), WRONG)
    expect((await login(freshAddress(), email, PASSWORD)).status).toBe(200)
  })

  it('should give back an address’s count when it signs in', async () => {
    const email = await makeUser('given-back')
    const client = freshAddress()
    await failedBefore(client, MAX_ADDRESS_FAILURES - 1)
    await login(client, email, PASSWORD)
    expect((await login(client, nobody(), WRONG)).status).toBe(401)
  })

  it('should check exactly the allowed number of simultaneous logins from one address and refuse the rest with 429', async () => {
    const client = freshAddress()
    await failedBefore(client, MAX_ADDRESS_FAILURES - 3)
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => login(client, nobody(), WRONG)),
    )
    const refused = answers.filter((answer) => answer.status === 429)
    expect({
      checked: answers.filter((answer) => answer.status === 401).length,
      refused: refused.length,
      reasons: refused.every((answer) => REFUSED_LOGIN.test(answer.message)),
      withRetryAfter: refused.every((answer) => /^\d+$/.test(answer.retryAfter ?? '')),
    }).toEqual({ checked: 3, refused: 7, reasons: true, withRetryAfter: true })
  })

  it('should sign in from another address while one floods, and leave no transaction open', async () => {
    const email = await makeUser('during-flood')
    const flooder = freshAddress()
    const flood = Array.from({ length: 30 }, () => login(flooder, nobody(), WRONG))
    const genuine = await login(freshAddress(), email, PASSWORD)
    const answered = await Promise.all(flood)
    expect({
      genuine: genuine.status,
      flood: answered.every((answer) => [401, 429].includes(answer.status)),
      idle: await idleInTransaction(),
    }).toEqual({ genuine: 200, flood: true, idle: [] })
  })

  it('should refuse an address’s reset request past its limit, and not another address’s', async () => {
    const client = freshAddress()
    const allowed: number[] = []
    for (let i = 0; i < MAX_RESETS_PER_ADDRESS; i++) {
      allowed.push((await reset(client, nobody())).status)
    }
    const refused = await reset(client, nobody())
    const elsewhere = await reset(freshAddress(), nobody())
    expect({ allowed, refused, elsewhere: elsewhere.status }).toEqual({
      allowed: Array(MAX_RESETS_PER_ADDRESS).fill(200),
      refused: {
        status: 429,
        message: RESETS_BY_ADDRESS,
        retryAfter: expect.stringMatching(/^\d+$/),
      },
      elsewhere: 200,
    })
  })

  it('should refuse an account’s reset request past its limit from any address, known or unknown alike', async () => {
    const known = await makeUser('reset-known')
    const unknown = nobody()
    const answers = async (email: string) => {
      const statuses: Answer[] = []
      for (let i = 0; i <= MAX_RESETS_PER_ACCOUNT; i++)
        statuses.push(await reset(freshAddress(), email))
      return statuses.map(({ status, message }) => ({ status, message }))
    }
    const forKnown = await answers(known)
    const forUnknown = await answers(unknown)
    expect({ forKnown, same: forUnknown }).toEqual({
      forKnown: [
        ...Array(MAX_RESETS_PER_ACCOUNT).fill({ status: 200, message: 'Success' }),
        { status: 429, message: RESETS_BY_ACCOUNT },
      ],
      same: forKnown,
    })
  })

  it('should count reset requests sent through GraphQL in the same limit', async () => {
    const email = nobody()
    for (let i = 0; i < MAX_RESETS_PER_ACCOUNT; i++) await reset(freshAddress(), email)
    const response = await graphqlPost(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': freshAddress() },
        body: JSON.stringify({
          query: 'mutation ($email: String!) { forgotPasswordUser(email: $email) }',
          variables: { email },
        }),
      }),
    )
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
    expect(body.errors?.[0]).toMatchObject({
      message: RESETS_BY_ACCOUNT,
      extensions: { statusCode: 429 },
    })
  })

  it('should allow exactly the limit of simultaneous reset requests from one address, and leave no transaction open', async () => {
    const client = freshAddress()
    const answers = await Promise.all(
      Array.from({ length: MAX_RESETS_PER_ADDRESS + 5 }, () => reset(client, nobody())),
    )
    expect({
      allowed: answers.filter((answer) => answer.status === 200).length,
      refused: answers.filter((answer) => answer.message === RESETS_BY_ADDRESS).length,
      idle: await idleInTransaction(),
    }).toEqual({ allowed: MAX_RESETS_PER_ADDRESS, refused: 5, idle: [] })
  })
})
