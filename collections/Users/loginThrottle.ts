import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import { sql } from '@payloadcms/db-postgres'
import {
  AuthenticationError,
  LockedAuth,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { requestTransaction, type Executor } from '@/lib/database'

/** Failures allowed per account and client before that client is locked out of it. */
export const MAX_LOGIN_FAILURES = 5
export const LOCK_MS = 10 * 60 * 1000
/**
 * Failures per account from all clients together before the account itself is locked: the
 * backstop against a guesser spread over many addresses. Far above what a user mistypes,
 * so a stranger cannot lock a colleague out cheaply. (Also Payload's auth.maxLoginAttempts,
 * for logins that reach Payload's own password check.)
 */
export const MAX_ACCOUNT_FAILURES = 100

/** The `client` of the row that counts an account's failures from every client together. */
const EVERY_CLIENT = ''
// Longer values are no address or email anyone has: they are cut, not stored whole.
const MAX_ACCOUNT_LENGTH = 320
const MAX_ADDRESS_LENGTH = 64

/**
 * How many X-Forwarded-For entries, counted from the right, were written by servers we run
 * (TRUSTED_PROXY_HOPS, default 1). `next start` writes the socket's address only when the
 * request has no X-Forwarded-For; Varnish (`npm run start:edge`, the e2e edge tier) appends the
 * address it was reached from. Either way the last entry is the one our nearest server wrote:
 * 1. A CDN in front of Varnish adds a hop: 2.
 */
export function trustedProxyHops(): number {
  const raw = process.env.TRUSTED_PROXY_HOPS
  if (raw === undefined || raw === '') return 1
  const hops = Number(raw)
  if (!Number.isInteger(hops) || hops < 1) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number of at least 1 (it is "${raw}").`)
  }
  return hops
}

/**
 * The client's address: the X-Forwarded-For entry written by the outermost proxy we trust.
 * Entries to its left came from the client and prove nothing (a guesser could rotate them to
 * escape the lockout, or send a victim's address to lock the victim out).
 */
export const clientAddress = (req: Pick<PayloadRequest, 'headers'>, hops = trustedProxyHops()) => {
  const entries = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Fewer entries than hops: the request skipped an outer proxy; every entry is a trusted one's.
  const address = entries[Math.max(0, entries.length - hops)]
  return address ? address.slice(0, MAX_ADDRESS_LENGTH) : 'unknown'
}

const accountOf = (email: string) => email.trim().toLowerCase().slice(0, MAX_ACCOUNT_LENGTH)

/**
 * Runs a statement in the request's transaction when it has one (so a hook inside a login's
 * transaction never waits for a second pool connection), otherwise on its own.
 */
async function executorOf(req: PayloadRequest, ownStatement = false): Promise<Executor> {
  const pool = (req.payload.db as unknown as { drizzle: Executor }).drizzle
  if (ownStatement) return pool
  return (await requestTransaction(req)) ?? pool
}

const windowStart = sql`now() - ${LOCK_MS}::integer * interval '1 millisecond'`

/**
 * Counts a login attempt before its password is checked, in one atomic statement per
 * counter, and answers whether it is over a limit. Counting first means simultaneous guesses
 * through any number of instances get exactly MAX_LOGIN_FAILURES checks between them, not
 * one each. The account's total grows only by attempts that will be checked, so a locked-out
 * client hammering on cannot lock the owner out everywhere. A success takes its count back.
 */
async function countAttempt(req: PayloadRequest, account: string, client: string) {
  // Its own statement, never the login's transaction: the refusal that follows must not roll
  // the count back.
  const db = await executorOf(req, true)
  const { rows } = await db.execute(sql`
    WITH by_client AS (
      INSERT INTO login_failures AS stored (account, client, failures, since)
      VALUES (${account}, ${client}, 1, now())
      ON CONFLICT (account, client) DO UPDATE SET
        failures = CASE WHEN stored.since > ${windowStart} THEN stored.failures + 1 ELSE 1 END,
        since = CASE WHEN stored.since > ${windowStart} THEN stored.since ELSE now() END
      RETURNING failures
    ), by_account AS (
      INSERT INTO login_failures AS stored (account, client, failures, since)
      SELECT ${account}, ${EVERY_CLIENT}, 1, now() FROM by_client
        WHERE by_client.failures <= ${MAX_LOGIN_FAILURES}
      ON CONFLICT (account, client) DO UPDATE SET
        failures = CASE WHEN stored.since > ${windowStart} THEN stored.failures + 1 ELSE 1 END,
        since = CASE WHEN stored.since > ${windowStart} THEN stored.since ELSE now() END
      RETURNING failures
    )
    SELECT (SELECT failures FROM by_client) AS client, (SELECT failures FROM by_account) AS account`)
  const counts = rows[0] as { client: number; account: number | null }
  await forgetExpired(db)
  return counts.client > MAX_LOGIN_FAILURES || (counts.account ?? 0) > MAX_ACCOUNT_FAILURES
}

let lastPurge = 0
/** Deletes windows that have ended, at most once a minute per process. */
async function forgetExpired(db: Executor) {
  if (Date.now() - lastPurge < 60_000) return
  lastPurge = Date.now()
  await db.execute(sql`DELETE FROM login_failures WHERE since <= ${windowStart}`)
}

/** Forgets every failure recorded for an account (an admin's unlock). */
export async function clearLoginFailures(req: PayloadRequest, email: string) {
  const db = await executorOf(req)
  await db.execute(sql`DELETE FROM login_failures WHERE account = ${accountOf(email)}`)
}

/** Takes back a successful login's count: that client's failures go, the total loses one. */
async function clearClient(req: PayloadRequest, email: string, client: string) {
  const db = await executorOf(req)
  const account = accountOf(email)
  await db.execute(sql`
    WITH cleared AS (
      DELETE FROM login_failures WHERE account = ${account} AND client = ${client}
    )
    UPDATE login_failures SET failures = failures - 1
      WHERE account = ${account} AND client = ${EVERY_CLIENT} AND failures > 0`)
}

// Payload's password hashes: PBKDF2-SHA256, 600,000 rounds and 32 bytes behind a prefix, or
// the legacy 25,000 rounds and 512 bytes.
const HASH_PREFIX = 'pbkdf2-sha256-v1:'
const pbkdf2Async = promisify(pbkdf2)
const DUMMY_SALT = randomBytes(32).toString('hex')

/** Checks a password against a stored hash the way Payload does. */
async function passwordMatches(password: string, salt: unknown, hash: unknown) {
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

/**
 * Before a login: counts the attempt, refuses a locked-out client, and for an unknown email
 * spends the time a real password check takes. The lockout counts failures per account *and
 * client address* (clientAddress), in PostgreSQL so every instance shares them and a restart
 * forgets none: five wrong passwords lock that client out of that account for ten minutes,
 * while the account's owner, from anywhere else, can still sign in — so nobody can lock
 * someone else out by guessing at their email. Only an admin (POST /api/users/unlock) or the
 * lock's expiry ends it early; a successful login clears the client's count.
 */
export const throttleLogin: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args as { data: { email?: unknown; password?: unknown } }).data
  if (typeof email !== 'string' || !email) return args
  const client = clientAddress(req)
  // For clearOnLogin: the address this attempt was counted under.
  req.context.loginClient = client
  if (await countAttempt(req, accountOf(email), client)) {
    throw new LockedAuth(req.t)
  }
  // A wrong password is refused here, after the same lookup and the same hash whether the
  // account exists or not, so the answer takes as long either way (Payload's own path adds
  // a database write for real accounts only). A right one goes on to Payload's login.
  const existing = (await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email.trim().toLowerCase() } },
    req,
  })) as { salt?: unknown; hash?: unknown } | null
  const matches = await passwordMatches(
    typeof password === 'string' ? password : '',
    existing?.salt,
    existing?.hash,
  )
  if (!matches) throw new AuthenticationError(req.t)
  return args
}

/**
 * A successful login clears that client's failures. An attempt that fails after the password
 * check (Payload's own lock, say) keeps its count: it was counted before the check.
 */
export const clearOnLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = (user as { email?: string }).email
  const client = req.context.loginClient
  if (email && typeof client === 'string') await clearClient(req, email, client)
}

/** An admin's unlock (access.unlock is admin-only) clears every lock on the account. */
export const clearOnUnlock: CollectionAfterOperationHook<'users'> = async ({
  args,
  operation,
  req,
  result,
}) => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (operation === 'unlock' && result && typeof email === 'string') {
    await clearLoginFailures(req, email)
  }
  return result
}
