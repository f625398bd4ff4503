import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { COMMON_PASSWORDS } from './commonPasswords'

export const MIN_PASSWORD_LENGTH = 10

/** A message saying what is wrong with a new password, or true. */
export const checkPassword = (password: unknown, email?: unknown): string | true => {
  if (typeof password !== 'string') return 'The password must be text.'
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`
  }
  const lower = password.toLowerCase()
  if (COMMON_PASSWORDS.has(lower))
    return 'This password is among the most common ones; choose another.'
  if (typeof email === 'string' && lower === email.toLowerCase()) {
    return 'The password must not be the email address.'
  }
  return true
}

/**
 * Applies the password policy wherever a password is set: creating a user, changing a
 * password, resetting one. (Payload's own check only requires a non-empty string.)
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
}) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: { password?: unknown; email?: unknown } }).data
  if (!data || !('password' in data) || data.password === undefined) return args
  const verdict = checkPassword(data.password, data.email)
  if (verdict !== true) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: verdict }],
    })
  }
  return args
}
