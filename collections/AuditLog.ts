import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { reviewerOrAdmin } from '@/access/reviewerOrAdmin'
import { AUDIT_ACTIONS } from '@/workflow/states'

/**
 * Append-only record of approvals, change requests, (un)publishes, deletions, restores and
 * role changes. Entries are written by the workflow's hooks only; no API creates, edits or
 * deletes them, whoever asks.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: 'audit-log',
  access: {
    read: reviewerOrAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  admin: {
    useAsTitle: 'targetTitle',
    defaultColumns: [
      'createdAt',
      'action',
      'actorName',
      'targetCollection',
      'targetTitle',
      'comment',
    ],
    group: 'Administration',
    description:
      'Who did what, when: approvals, change requests, publishes, deletions, role changes.',
  },
  defaultSort: '-createdAt',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: [...AUDIT_ACTIONS] },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorName', label: 'By', type: 'text' },
    { name: 'targetCollection', label: 'Collection', type: 'text', required: true, index: true },
    { name: 'targetId', label: 'Document', type: 'text', required: true, index: true },
    { name: 'targetTitle', label: 'Title', type: 'text' },
    { name: 'comment', type: 'textarea' },
  ],
}
