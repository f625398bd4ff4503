import { connect, createServer, type Server, type Socket } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  isDatabaseDown,
  reportDatabaseError,
  startDatabaseWatch,
  stopDatabaseWatch,
} from '@/lib/database'

/**
 * The database watch (`lib/database/health.ts`) against the test database seen through a TCP
 * relay this file controls: refusing new connections stands for a database that has gone
 * silently, cutting every connection for one that has stopped.
 */
type Mode = 'open' | 'refuse new' | 'cut'

let relay: Server
let mode: Mode = 'open'
let accepted = 0
const sockets = new Set<Socket>()
const messages: string[] = []

const setMode = (next: Mode) => {
  mode = next
  if (next === 'cut') for (const socket of sockets) socket.destroy()
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** How long until `isDatabaseDown()` reads `down` (or the limit, if it never does). */
async function msUntil(down: boolean, limit = 10_000) {
  const started = Date.now()
  while (isDatabaseDown() !== down && Date.now() - started < limit) await sleep(20)
  return Date.now() - started
}

const connectionError = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })

describe('database watch', () => {
  beforeAll(async () => {
    const database = new URL(process.env.DATABASE_URL!)
    const upstreamAt = { port: Number(database.port), host: database.hostname }
    relay = createServer((client) => {
      accepted++
      if (mode !== 'open') return client.destroy()
      const upstream = connect(upstreamAt)
      for (const socket of [client, upstream]) {
        sockets.add(socket)
        socket.on('error', () => {})
        socket.on('close', () => {
          sockets.delete(socket)
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
    const { port } = relay.address() as { port: number }
    database.host = `127.0.0.1:${port}`
    startDatabaseWatch({
      connectionString: database.toString(),
      log: { warn: (message: string) => messages.push(message) },
    })
    // The sentinel connection is open.
    await sleep(500)
  })

  afterAll(async () => {
    await stopDatabaseWatch()
    setMode('cut')
    await new Promise((resolve) => relay.close(resolve))
  })

  it('should probe on a reported connection error and stay up when the database answers', async () => {
    const before = accepted
    reportDatabaseError(connectionError())
    await sleep(500)
    expect([accepted - before, isDatabaseDown()]).toEqual([1, false])
  })

  it('should not probe on an error that is not about the database', async () => {
    const before = accepted
    reportDatabaseError(new Error('Cannot read properties of undefined'))
    await sleep(300)
    expect(accepted - before).toBe(0)
  })

  it('should mark the database down within a second when a reported error is confirmed', async () => {
    setMode('refuse new')
    reportDatabaseError(connectionError())
    expect(await msUntil(true)).toBeLessThan(1_000)
  })

  it('should probe about once a second while down, however many errors are reported', async () => {
    const before = accepted
    for (let i = 0; i < 50; i++) reportDatabaseError(connectionError())
    await sleep(3_000)
    expect(accepted - before).toBeGreaterThanOrEqual(2)
    expect(accepted - before).toBeLessThanOrEqual(4)
  })

  it('should clear the flag by itself within about a second of the database answering', async () => {
    setMode('open')
    expect(await msUntil(false)).toBeLessThan(2_000)
    expect(messages.at(-1)).toMatch(/^Database reachable again after \d+ ms$/)
  })

  it('should notice a stopped database from its sentinel connection, with no request', async () => {
    setMode('cut')
    expect(await msUntil(true)).toBeLessThan(1_000)
  })

  it('should recover from a stop as from any other outage', async () => {
    setMode('open')
    expect(await msUntil(false)).toBeLessThan(2_000)
  })
})
