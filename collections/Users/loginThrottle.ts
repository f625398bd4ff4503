import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import {
  AuthenticationError,
  LockedAuth,
  type AfterErrorHook,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

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

type Failures = { count: number; since: number }
const failures = new Map<string, Failures>()

/** The client's address as the server (or the trusted proxy in front of it) saw it. */
export const clientAddress = (req: Pick<PayloadRequest, 'headers'>) =>
  req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ||
  req.headers.get('x-real-ip')?.trim() ||
  'unknown'

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`
const clientKey = (email: string, address: string) => `${accountKey(email)}|${address}`

const current = (key: string, now = Date.now()) => {
  const entry = failures.get(key)
  if (entry && now - entry.since > LOCK_MS) {
    failures.delete(key)
    return undefined
  }
  return entry
}

const record = (key: string) => {
  const entry = current(key)
  if (entry) entry.count++
  else failures.set(key, { count: 1, since: Date.now() })
}

/** Forgets every failure recorded for an account (after a success, or an admin's unlock). */
export const clearLoginFailures = (email: string) => {
  const prefix = accountKey(email)
  for (const key of failures.keys())
    if (key === prefix || key.startsWith(`${prefix}|`)) failures.delete(key)
}

/** Whether the account is locked for this client. */
export const isLockedOut = (email: string, address: string) =>
  (current(clientKey(email, address))?.count ?? 0) >= MAX_LOGIN_FAILURES ||
  (current(accountKey(email))?.count ?? 0) >= MAX_ACCOUNT_FAILURES

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
 * Before a login: refuses a locked-out client, and for an unknown email spends the time a
 * real password check takes. The lockout counts failures per account *and client address*:
 * five wrong passwords lock that client out of that account for ten minutes, while the
 * account's owner, from anywhere else, can still sign in — so nobody can lock someone else
 * out by guessing at their email. Only an admin (POST /api/users/unlock) or the lock's expiry
 * ends it early; a successful login clears the client's count.
 */
export const throttleLogin: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args as { data: { email?: unknown; password?: unknown } }).data
  if (typeof email !== 'string' || !email) return args
  req.context.loginEmail = email
  if (isLockedOut(email, clientAddress(req))) {
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
  if (!matches) {
    record(clientKey(email, clientAddress(req)))
    record(accountKey(email))
    req.context.loginCounted = true
    throw new AuthenticationError(req.t)
  }
  return args
}

/** Counts a wrong password (REST and GraphQL logins end here when they fail). */
export const countLoginFailure: AfterErrorHook = ({ error, req }) => {
  const email = req.context?.loginEmail
  const original = ((error as { originalError?: unknown }).originalError ?? error) as Error
  if (
    typeof email === 'string' &&
    original instanceof AuthenticationError &&
    !req.context.loginCounted
  ) {
    req.context.loginCounted = true
    record(clientKey(email, clientAddress(req)))
    record(accountKey(email))
  }
  return undefined
}

/** A successful login clears that client's failures. */
export const clearOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const email = (user as { email?: string }).email
  if (email) failures.delete(clientKey(email, clientAddress(req)))
}

/** An admin's unlock (access.unlock is admin-only) clears every lock on the account. */
export const clearOnUnlock: CollectionAfterOperationHook<'users'> = ({
  args,
  operation,
  result,
}) => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (operation === 'unlock' && result && typeof email === 'string') clearLoginFailures(email)
  return result
}
