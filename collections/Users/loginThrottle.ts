import { sql } from '@payloadcms/db-postgres'
import {
  APIError,
  AuthenticationError,
  LockedAuth,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { requestTransaction, type Executor } from '@/lib/database'

import { HashQueueFull, passwordMatches, withCheckSlot } from './hashSlots'

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
/**
 * Failed logins per client address, on every account together, before that address may try
 * no more: the limit on a flood of guesses at many (or made-up) accounts, which the per-account
 * counts never see. Checked before the password hash, so a refused attempt costs one statement.
 */
export const MAX_ADDRESS_FAILURES = 20
/** Password reset requests per account, and per client address, in a window of LOCK_MS. */
export const MAX_RESETS_PER_ACCOUNT = 3
export const MAX_RESETS_PER_ADDRESS = 10
/** Seconds a client refused for a full queue of password checks is asked to wait. */
export const BUSY_RETRY_SECONDS = 5

/** The `client` of the row that counts an account's failures from every client together. */
const EVERY_CLIENT = ''
/** The `account` of the row that counts an address's attempts on every account together. */
const EVERY_ACCOUNT = ''
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

/** A bumped counter: the window restarts once LOCK_MS has passed since its first attempt. */
const bump = sql`
  failures = CASE WHEN stored.since > ${windowStart} THEN stored.failures + 1 ELSE 1 END,
  since = CASE WHEN stored.since > ${windowStart} THEN stored.since ELSE now() END`

/** Seconds until the window that began at `since` ends (at least 1). */
const secondsLeft = (since: unknown) =>
  Math.max(1, Math.ceil((new Date(String(since)).getTime() + LOCK_MS - Date.now()) / 1000))

/** The name of the 429 errors, for their logging level. */
export const TOO_MANY_ATTEMPTS = 'TooManyAttempts'

/**
 * A 429 saying why and for how long; Retry-After is sent with it (Payload's REST error answer
 * carries req.responseHeaders).
 */
export function tooManyAttempts(req: PayloadRequest, reason: string, retryAfter: number) {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfter))
  req.responseHeaders = headers
  const wait =
    retryAfter < 60
      ? `${retryAfter} seconds`
      : `${Math.ceil(retryAfter / 60)} minute${retryAfter > 60 ? 's' : ''}`
  const error = new APIError(`${reason} Try again in ${wait}.`, 429, undefined, true)
  // Named for payload.config.ts's loggingLevels: a refusal is one line at info, not a stack.
  error.name = TOO_MANY_ATTEMPTS
  return error
}

type Counts = { address: number; since: string; client: number | null; account: number | null }

/**
 * Counts a login attempt before its password is checked, in one atomic statement per
 * counter, and answers whether it is over a limit. Counting first means simultaneous guesses
 * through any number of instances get exactly MAX_LOGIN_FAILURES checks between them, not
 * one each. The address's count comes first: an address over its limit counts against no
 * account. The account's total grows only by attempts that will be checked, so a locked-out
 * client hammering on cannot lock the owner out everywhere. A success takes its counts back.
 */
async function countAttempt(req: PayloadRequest, account: string, client: string) {
  // Its own statement, never the login's transaction: the refusal that follows must not roll
  // the count back.
  const db = await executorOf(req, true)
  const { rows } = await db.execute(sql`
    WITH by_address AS (
      INSERT INTO login_failures AS stored (kind, account, client, failures, since)
      VALUES ('login', ${EVERY_ACCOUNT}, ${client}, 1, now())
      ON CONFLICT (kind, account, client) DO UPDATE SET ${bump}
      RETURNING failures, since
    ), by_client AS (
      INSERT INTO login_failures AS stored (kind, account, client, failures, since)
      SELECT 'login', ${account}, ${client}, 1, now() FROM by_address
        WHERE by_address.failures <= ${MAX_ADDRESS_FAILURES}
      ON CONFLICT (kind, account, client) DO UPDATE SET ${bump}
      RETURNING failures
    ), by_account AS (
      INSERT INTO login_failures AS stored (kind, account, client, failures, since)
      SELECT 'login', ${account}, ${EVERY_CLIENT}, 1, now() FROM by_client
        WHERE by_client.failures <= ${MAX_LOGIN_FAILURES}
      ON CONFLICT (kind, account, client) DO UPDATE SET ${bump}
      RETURNING failures
    )
    SELECT by_address.failures AS address, by_address.since,
      (SELECT failures FROM by_client) AS client, (SELECT failures FROM by_account) AS account
    FROM by_address`)
  await forgetExpired(db)
  return rows[0] as Counts
}

/**
 * Counts a password reset request under its address and its account (made-up emails alike, so
 * a refusal says nothing about who has an account) and throws a 429 past either limit. An
 * address over its limit counts against no account, so a stranger's flood spends only its
 * own allowance. Its own statement: a refused request stays counted.
 */
export async function limitResetRequest(req: PayloadRequest, email: string) {
  const client = clientAddress(req)
  const db = await executorOf(req, true)
  const { rows } = await db.execute(sql`
    WITH by_address AS (
      INSERT INTO login_failures AS stored (kind, account, client, failures, since)
      VALUES ('reset', ${EVERY_ACCOUNT}, ${client}, 1, now())
      ON CONFLICT (kind, account, client) DO UPDATE SET ${bump}
      RETURNING failures, since
    ), by_account AS (
      INSERT INTO login_failures AS stored (kind, account, client, failures, since)
      SELECT 'reset', ${accountOf(email)}, ${EVERY_CLIENT}, 1, now() FROM by_address
        WHERE by_address.failures <= ${MAX_RESETS_PER_ADDRESS}
      ON CONFLICT (kind, account, client) DO UPDATE SET ${bump}
      RETURNING failures, since
    )
    SELECT by_address.failures AS address, by_address.since AS address_since,
      (SELECT failures FROM by_account) AS account, (SELECT since FROM by_account) AS account_since
    FROM by_address`)
  await forgetExpired(db)
  const counts = rows[0] as {
    address: number
    address_since: string
    account: number | null
    account_since: string | null
  }
  if (counts.address > MAX_RESETS_PER_ADDRESS) {
    throw tooManyAttempts(
      req,
      'Too many password reset requests from your network address.',
      secondsLeft(counts.address_since),
    )
  }
  if ((counts.account ?? 0) > MAX_RESETS_PER_ACCOUNT) {
    throw tooManyAttempts(
      req,
      'Too many password reset requests for this email address.',
      secondsLeft(counts.account_since),
    )
  }
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
  await db.execute(
    sql`DELETE FROM login_failures WHERE kind = 'login' AND account = ${accountOf(email)}`,
  )
}

/**
 * Takes back a successful login's count: that client's failures go, the account's total and
 * the address's lose one.
 */
async function clearClient(req: PayloadRequest, email: string, client: string) {
  const db = await executorOf(req)
  const account = accountOf(email)
  await db.execute(sql`
    WITH cleared AS (
      DELETE FROM login_failures WHERE kind = 'login' AND account = ${account} AND client = ${client}
    )
    UPDATE login_failures SET failures = failures - 1
      WHERE kind = 'login' AND failures > 0
        AND ((account = ${account} AND client = ${EVERY_CLIENT})
          OR (account = ${EVERY_ACCOUNT} AND client = ${client}))`)
}

/** Counts an attempt, refuses it past a limit, and answers whether its password is right. */
async function checkAttempt(req: PayloadRequest, email: string, password: string, client: string) {
  const counts = await countAttempt(req, accountOf(email), client)
  if (counts.address > MAX_ADDRESS_FAILURES) {
    throw tooManyAttempts(
      req,
      'Too many failed sign-ins from your network address.',
      secondsLeft(counts.since),
    )
  }
  if ((counts.client ?? 0) > MAX_LOGIN_FAILURES || (counts.account ?? 0) > MAX_ACCOUNT_FAILURES) {
    throw new LockedAuth(req.t)
  }
  // A wrong password is refused after the same lookup and the same hash whether the account
  // exists or not, so the answer takes as long either way (Payload's own path adds a database
  // write for real accounts only). A right one goes on to Payload's login.
  const existing = (await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email.trim().toLowerCase() } },
    req,
  })) as { salt?: unknown; hash?: unknown } | null
  return passwordMatches(password, existing?.salt, existing?.hash)
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
  // No account to count under: Payload refuses it as it is.
  if (typeof email !== 'string' || !accountOf(email)) return args
  const client = clientAddress(req)
  // For clearOnLogin: the address this attempt was counted under.
  req.context.loginClient = client
  // The whole check takes its turn among this process's logins (hashSlots.ts): one at a time
  // per address, so a flood from one address queues behind itself — or is refused at once,
  // before any database work — instead of filling the pool and the threadpool before others.
  const matches = await withCheckSlot(client, () =>
    checkAttempt(req, email, typeof password === 'string' ? password : '', client),
  ).catch((error: unknown) => {
    if (!(error instanceof HashQueueFull)) throw error
    throw tooManyAttempts(
      req,
      'Too many sign-ins from your network address at once.',
      BUSY_RETRY_SECONDS,
    )
  })
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
