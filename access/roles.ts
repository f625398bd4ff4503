import type { User } from '@/payload-types'

export const ROLES = ['editor', 'reviewer', 'admin'] as const

export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))
