import { spawnSync } from 'node:child_process'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The mail server of this file; set before payload.config.ts reads the environment.
const SMTP_PORT = vi.hoisted(() => {
  const port = Number(process.env.TEST_SMTP_PORT || 56730)
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.EMAIL_FROM = 'annals@annals.test'
  return port
})

import config from '@payload-config'

import { getTestPayload } from './helpers/payload'
import { demoLogin, login, rest } from './helpers/rest'

const post = REST_POST(config)

/** A REST POST with chosen headers (cookies, Origin, client address). */
async function postWith(path: string, body: unknown, headers: Record<string, string>) {
  const url = new URL(`http://localhost:3000/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await post(
    new Request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  )
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const loginFrom = (address: string, email: string, password: string) =>
  postWith('/users/login', { email, password }, { 'X-Forwarded-For': address })

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timeLogins(email: string, times: number) {
  const durations: number[] = []
  for (let i = 0; i < times; i++) {
    const started = performance.now()
    // A fresh address each time, so the lockout does not end the measurement early.
    await loginFrom(`192.0.2.${100 + i}`, email, 'wrong-password-123')
    durations.push(performance.now() - started)
  }
  return median(durations)
}

type Mail = { to: string; text: string }

describe('sessions and accounts', () => {
  let payload: Payload
  let smtp: SMTPServer
  const mails: Mail[] = []
  const createdUsers: number[] = []

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let text = ''
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), text })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, '127.0.0.1', resolve))
    payload = await getTestPayload()
  })

  afterAll(async () => {
    for (const id of createdUsers) await payload.delete({ collection: 'users', id })
    await new Promise<void>((resolve) => smtp.close(resolve))
  })

  const makeUser = async (email: string) => {
    const user = await payload.create({
      collection: 'users',
      data: { name: 'Session Test', email, password: 'a-long-test-password', roles: ['editor'] },
    })
    createdUsers.push(user.id)
    return user
  }

  it('should treat a cookie-authenticated POST from a foreign origin as anonymous', async () => {
    const token = await login('editor')
    const { status } = await postWith(
      '/references?draft=true',
      { title: 'CSRF attempt', changeSummary: 'Forged' },
      { Cookie: `payload-token=${token}`, Origin: 'https://evil.example' },
    )
    expect(status).toBe(403)
  })

  it('should accept a cookie-authenticated POST from the site itself', async () => {
    // The site's own origin, as payload.config.ts derives it.
    const siteOrigin = new URL(
      process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`,
    ).origin
    const token = await login('editor')
    const { status, body } = await postWith(
      '/references?draft=true',
      { title: 'Same-origin save', changeSummary: 'Own origin' },
      { Cookie: `payload-token=${token}`, Origin: siteOrigin },
    )
    expect(status).toBe(201)
    await payload.delete({ collection: 'references', id: (body.doc as { id: number }).id })
  })

  it('should refuse an unlock by anyone but an admin', async () => {
    const token = await login('reviewer')
    const { status } = await rest({
      method: 'POST',
      path: '/users/unlock',
      token,
      body: { email: demoLogin('admin').email },
    })
    expect(status).toBe(403)
  })

  it('should lock a client out after 5 wrong passwords but still let the owner in from elsewhere', async () => {
    const { email, password } = { email: 'lockout@annals.test', password: 'a-long-test-password' }
    await makeUser(email)
    for (let i = 0; i < 5; i++) await loginFrom('198.51.100.7', email, 'not-the-password')
    const attacker = await loginFrom('198.51.100.7', email, password)
    const owner = await loginFrom('203.0.113.9', email, password)
    expect([attacker.status, owner.status]).toEqual([401, 200])
  })

  it('should end a lockout when an admin unlocks the account', async () => {
    const { email, password } = { email: 'unlock@annals.test', password: 'a-long-test-password' }
    await makeUser(email)
    for (let i = 0; i < 5; i++) await loginFrom('198.51.100.8', email, 'not-the-password')
    const unlocked = await rest({
      method: 'POST',
      path: '/users/unlock',
      token: await login('admin'),
      body: { email },
    })
    const after = await loginFrom('198.51.100.8', email, password)
    expect([unlocked.status, after.status]).toEqual([200, 200])
  })

  it('should refuse a password shorter than 10 characters, naming the field', async () => {
    const response = await rest({
      method: 'POST',
      path: '/users',
      token: await login('admin'),
      body: { name: 'Short', email: 'short@annals.test', password: 'abc', roles: ['editor'] },
    })
    expect([response.status, JSON.stringify(response.body)]).toEqual([
      400,
      expect.stringContaining('at least 10 characters'),
    ])
  })

  it('should refuse a common password', async () => {
    const response = await rest({
      method: 'POST',
      path: '/users',
      token: await login('admin'),
      body: {
        name: 'Common',
        email: 'common@annals.test',
        password: 'Password123',
        roles: ['editor'],
      },
    })
    expect([response.status, JSON.stringify(response.body)]).toEqual([
      400,
      expect.stringContaining('most common'),
    ])
  })

  it('should take as long to refuse an unknown account as a wrong password', async () => {
    await makeUser('timing@annals.test')
    await timeLogins('timing@annals.test', 1)
    const known = await timeLogins('timing@annals.test', 5)
    const unknown = await timeLogins('nobody-at-all@annals.test', 5)
    console.log(
      `Login refusal, median of 5: known account ${known.toFixed(0)} ms, unknown ${unknown.toFixed(0)} ms`,
    )
    // Within 35% of each other (the hash dominates; a database round trip is noise).
    expect(Math.abs(known - unknown) / Math.max(known, unknown)).toBeLessThan(0.35)
  })

  it('should answer a password reset the same for known and unknown emails', async () => {
    const known = await postWith('/users/forgot-password', { email: demoLogin('editor').email }, {})
    const unknown = await postWith('/users/forgot-password', { email: 'nobody@annals.test' }, {})
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body])
  })

  it('should send the password reset email through the SMTP server', async () => {
    const email = 'reset@annals.test'
    await makeUser(email)
    await postWith('/users/forgot-password', { email }, {})
    await vi.waitFor(() => expect(mails.map((mail) => mail.to)).toContain(email), {
      timeout: 10_000,
    })
    expect(mails.find((mail) => mail.to === email)?.text).toMatch(/reset/i)
  })

  it('should refuse to start in production with a short PAYLOAD_SECRET', () => {
    const { status, stderr } = spawnSync(
      'npx',
      ['tsx', '-e', "import('./payload.config.ts').then(() => console.log('started'))"],
      {
        env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: 'too-short' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect([status === 0, stderr]).toEqual([
      false,
      expect.stringContaining('PAYLOAD_SECRET must be at least 32'),
    ])
  })
})
