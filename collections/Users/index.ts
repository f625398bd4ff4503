import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOnlyField } from '@/access/adminOnlyField'
import { adminOrSelf } from '@/access/adminOrSelf'
import { isStaff, ROLES } from '@/access/roles'

import { auditRoleChange } from './hooks/auditRoleChange'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardRoles } from './hooks/guardRoles'
import {
  clearOnLogin,
  clearOnUnlock,
  LOCK_MS,
  MAX_ACCOUNT_FAILURES,
  throttleLogin,
} from './loginThrottle'
import { forgotPasswordEndpoint, limitResets } from './passwordReset'
import { enforcePasswordPolicy } from './passwordPolicy'

/**
 * The session cookie is `Secure` when the site is served over HTTPS (SITE_URL): a browser
 * then never sends it over plain HTTP. Over http://localhost it cannot be, or no one could
 * sign in to a local copy.
 */
export const sessionCookies = (siteUrl = process.env.SITE_URL) => ({
  secure: siteUrl ? new URL(siteUrl).protocol === 'https:' : false,
})

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => isStaff(user),
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
    // Unlocking is for admins only: anyone else could undo a lock an attacker earned.
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Administration',
  },
  auth: {
    // Payload's lock is per account, so anyone knowing an email could lock its owner out with
    // five guesses. loginThrottle refuses wrong passwords itself and locks per account and
    // client address (backstop: per account at 100); this is the same backstop for logins
    // that reach Payload's own check.
    maxLoginAttempts: MAX_ACCOUNT_FAILURES,
    lockTime: LOCK_MS,
    cookies: sessionCookies(),
  },
  // Payload's own forgot-password, after its rate limit (passwordReset.ts).
  endpoints: [forgotPasswordEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: { create: adminOnlyField, update: adminOnlyField },
    },
  ],
  hooks: {
    beforeOperation: [guardRoles, throttleLogin, limitResets, enforcePasswordPolicy],
    afterLogin: [clearOnLogin],
    afterOperation: [clearOnUnlock],
    beforeChange: [firstUserIsAdmin],
    afterChange: [auditRoleChange],
  },
}
