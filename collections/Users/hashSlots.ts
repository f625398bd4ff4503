import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * Login checks (count, lookup, password hash) this process runs at once. PBKDF2 runs in
 * libuv's threadpool (4 threads by default), which file reads, DNS lookups, zlib and the rest
 * of crypto share: a flood of checks queued there delays everything else, a genuine login's
 * own check included. Two leaves the other threads free.
 */
export const MAX_CONCURRENT_CHECKS = 2
/**
 * Checks one address may have waiting behind its running one. Each address runs one check
 * at a time, and addresses take turns, so a flood from one address waits behind itself, not
 * in front of everyone else; past this many it is refused at once.
 */
export const MAX_WAITING_PER_ADDRESS = 10
/** Checks waiting in all, from every address: past this the process is overloaded. */
export const MAX_WAITING = 200

/** Thrown when the queue is full; the caller answers 429. */
export class HashQueueFull extends Error {}

let running = 0
const busy = new Set<string>()
// Insertion order is the turn order: an address served goes to the back.
const waiting = new Map<string, (() => void)[]>()
let waitingCount = 0

const start = (address: string) => {
  running++
  busy.add(address)
}

function release(address: string) {
  running--
  busy.delete(address)
  for (const [next, queue] of waiting) {
    if (busy.has(next)) continue
    const wake = queue.shift()!
    waitingCount--
    waiting.delete(next)
    if (queue.length) waiting.set(next, queue)
    start(next)
    wake()
    return
  }
}

/** Runs `work` when a check slot is free for `address`, or throws HashQueueFull. */
export async function withCheckSlot<T>(address: string, work: () => Promise<T>): Promise<T> {
  if (running < MAX_CONCURRENT_CHECKS && !busy.has(address)) {
    start(address)
  } else {
    const queue = waiting.get(address) ?? []
    if (queue.length >= MAX_WAITING_PER_ADDRESS || waitingCount >= MAX_WAITING) {
      throw new HashQueueFull()
    }
    waitingCount++
    waiting.set(address, queue)
    await new Promise<void>((resolve) => queue.push(resolve))
  }
  try {
    return await work()
  } finally {
    release(address)
  }
}

/** How many checks run and wait now (for tests and figures). */
export const checkSlotsInUse = () => ({ running, waiting: waitingCount })

// Payload's password hashes: PBKDF2-SHA256, 600,000 rounds and 32 bytes behind a prefix, or
// the legacy 25,000 rounds and 512 bytes.
const HASH_PREFIX = 'pbkdf2-sha256-v1:'
const pbkdf2Async = promisify(pbkdf2)
const DUMMY_SALT = randomBytes(32).toString('hex')

/**
 * Checks a password against a stored hash the way Payload does. With no stored hash (an
 * unknown account) it spends the same time on a dummy one, so the answer does not say
 * whether the account exists.
 */
export async function passwordMatches(password: string, salt: unknown, hash: unknown) {
  if (typeof salt !== 'string' || typeof hash !== 'string') {
    await pbkdf2Async(password, DUMMY_SALT, 600_000, 32, 'sha256')
    return false
  }
  const current = hash.startsWith(HASH_PREFIX)
  const stored = Buffer.from(current ? hash.slice(HASH_PREFIX.length) : hash, 'hex')
  const computed = await pbkdf2Async(
    password,
    salt,
    current ? 600_000 : 25_000,
    current ? 32 : 512,
    'sha256',
  )
  return computed.length === stored.length && timingSafeEqual(computed, stored)
}
