import type { User } from '@/payload-types'

export const ROLES = ['editor', 'reviewer', 'admin'] as const

export type Role = (typeof ROLES)[number]

/** Everyone who works on the content: every role there is (editors, reviewers, admins). */
export const STAFF_ROLES: readonly Role[] = ROLES

/** Those who may approve, send back and schedule: reviewers and admins. */
export const REVIEWER_ROLES: readonly Role[] = ['reviewer', 'admin']

type MaybeUser = Pick<User, 'roles'> | null | undefined

/** True when the list of roles holds at least one of the allowed ones. */
export const holdsRole = (
  roles: readonly string[] | null | undefined,
  allowed: readonly Role[],
): boolean => Boolean(roles?.some((role) => (allowed as readonly string[]).includes(role)))

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => holdsRole(user?.roles, roles)

export const isStaff = (user: MaybeUser): boolean => hasRole(user, ...STAFF_ROLES)

export const isReviewer = (user: MaybeUser): boolean => hasRole(user, ...REVIEWER_ROLES)
