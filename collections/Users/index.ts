import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOnlyField } from '@/access/adminOnlyField'
import { adminOrSelf } from '@/access/adminOrSelf'
import { hasRole, ROLES } from '@/access/roles'

import { auditRoleChange } from './hooks/auditRoleChange'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardRoles } from './hooks/guardRoles'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => hasRole(user, ...ROLES),
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Administration',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
  },
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
    beforeOperation: [guardRoles],
    beforeChange: [firstUserIsAdmin],
    afterChange: [auditRoleChange],
  },
}
