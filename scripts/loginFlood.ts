/**
 * `npm run flood`: how long a genuine sign-in takes while one address floods the login with
 * unknown emails. Not a test: it prints figures.
 *
 * First the genuine login alone (three times, the median), then FLOOD_SIZE simultaneous logins
 * with made-up emails from one address and, while they are in flight, the genuine login from
 * another. The two addresses are sent as X-Forwarded-For: point FLOOD_URL at `next start` (or
 * the API server of the fault tests) directly, where the nearest proxy is the client itself
 * (TRUSTED_PROXY_HOPS=1), not at Varnish, which would append the same address to both.
 * Each run picks fresh addresses, so the lockout left by an earlier run does not skew this one.
 *
 *   FLOOD_URL        the site (default http://localhost:$PORT, PORT defaulting to 3000)
 *   FLOOD_SIZE       simultaneous bogus logins (default 100)
 *   FLOOD_EMAIL      the genuine account (default the demo editor)
 *   FLOOD_PASSWORD   its password (default the demo editor's)
 */
import { randomInt } from 'node:crypto'

import { DEMO_USERS } from './seed'

const base = process.env.FLOOD_URL || `http://localhost:${process.env.PORT || 3000}`
const size = Number(process.env.FLOOD_SIZE || 100)
const editor = DEMO_USERS.find((user) => user.email.startsWith('editor@'))!
const email = process.env.FLOOD_EMAIL || editor.email
const password = process.env.FLOOD_PASSWORD || editor.password

type Attempt = { status: number; ms: number; retryAfter: string | null }

async function login(address: string, who: string, secret: string): Promise<Attempt> {
  const started = performance.now()
  try {
    const response = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ email: who, password: secret }),
      signal: AbortSignal.timeout(120_000),
    })
    await response.arrayBuffer()
    return {
      status: response.status,
      ms: performance.now() - started,
      retryAfter: response.headers.get('retry-after'),
    }
  } catch {
    return { status: 0, ms: performance.now() - started, retryAfter: null }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)]

const genuineAddress = `203.0.113.${randomInt(1, 255)}`
const floodAddress = `198.51.100.${randomInt(1, 255)}`

const alone: Attempt[] = []
for (let i = 0; i < 3; i++) alone.push(await login(genuineAddress, email, password))
if (alone.some((attempt) => attempt.status !== 200)) {
  console.error(
    `The genuine login as ${email} failed alone (${alone.map((a) => a.status).join(', ')}): ` +
      `is the site running at ${base}, with that account?`,
  )
  process.exit(1)
}

const floodStarted = performance.now()
const flood = Array.from({ length: size }, (_, i) =>
  login(floodAddress, `flood-${Date.now()}-${i}@nobody.example`, 'not-a-password-at-all'),
)
const genuine = await login(genuineAddress, email, password)
const answered = await Promise.all(flood)
const floodMs = performance.now() - floodStarted

const byStatus = new Map<number, number>()
for (const attempt of answered)
  byStatus.set(attempt.status, (byStatus.get(attempt.status) ?? 0) + 1)
const refused = answered.filter((attempt) => attempt.status === 429)

console.log(`Login flood against ${base}: ${size} bogus logins from ${floodAddress}`)
console.log(
  `  genuine login alone:        ${median(alone.map((a) => a.ms)).toFixed(0)} ms (median of 3)`,
)
console.log(`  genuine login during flood: ${genuine.ms.toFixed(0)} ms (status ${genuine.status})`)
console.log(
  `  flood answers: ${[...byStatus].map(([status, count]) => `${count}× ${status}`).join(', ')}; ` +
    `p50 ${median(answered.map((a) => a.ms)).toFixed(0)} ms, ` +
    `p95 ${percentile(
      answered.map((a) => a.ms),
      0.95,
    ).toFixed(0)} ms, all answered in ${floodMs.toFixed(0)} ms`,
)
if (refused.length) {
  console.log(
    `  refused with Retry-After: ${[...new Set(refused.map((a) => a.retryAfter))].join(', ')} s`,
  )
}
