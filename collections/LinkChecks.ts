import type { Access, CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { isStaff } from '@/access/roles'
import { adminOptions, LINK_OUTCOMES, LINK_STATUSES } from '@/lib/vocabulary'

/** Staff see every check; readers see the checks of published references (reference pages). */
const staffOrPublishedReference: Access = ({ req: { user } }) =>
  isStaff(user) || { 'reference._status': { equals: 'published' } }

/**
 * What the link checker (jobs/checkLinks.ts) found for each reference's URL: its status and
 * the history of checks. Kept apart from `references` on purpose: a machine's observation is
 * not an editorial change, so it needs no review and makes no revision, while the
 * reference's own `urlStatus` stays what an editor asserted and a reviewer approved. The
 * citation checks read both. Only server code writes here.
 */
export const LinkChecks: CollectionConfig<'link-checks'> = {
  slug: 'link-checks',
  access: {
    read: staffOrPublishedReference,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'status', 'consecutiveFailures', 'lastCheckedAt'],
    group: 'Administration',
    description: 'Written by the daily link checker; not editable.',
  },
  fields: [
    {
      name: 'reference',
      type: 'relationship',
      relationTo: 'references',
      required: true,
      unique: true,
      index: true,
    },
    { name: 'url', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: adminOptions(LINK_STATUSES),
      index: true,
    },
    { name: 'consecutiveFailures', type: 'number', required: true, defaultValue: 0 },
    { name: 'lastCheckedAt', type: 'date' },
    {
      name: 'history',
      type: 'array',
      admin: { description: 'The most recent checks, newest last.' },
      fields: [
        { name: 'checkedAt', type: 'date', required: true },
        { name: 'url', type: 'text', required: true },
        { name: 'statusCode', type: 'number' },
        { name: 'outcome', type: 'select', required: true, options: adminOptions(LINK_OUTCOMES) },
      ],
    },
  ],
  timestamps: true,
}
