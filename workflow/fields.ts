import type { Field, FieldAccess } from 'payload'

import { hasRole } from '@/access/roles'

import { WORKFLOW_STATES } from './states'

const staffOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'editor', 'reviewer', 'admin')

/**
 * The workflow's own fields, stored with every revision so the history shows who changed
 * what and why. `enforceWorkflow` sets all but the summary and the review comment itself.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflowState',
    type: 'select',
    // Always set by `enforceWorkflow`; not `required`, so API clients need not send it.
    defaultValue: 'draft',
    index: true,
    options: [...WORKFLOW_STATES],
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Changed by Submit for review, Approve and Request changes.',
    },
  },
  {
    name: 'changeSummary',
    type: 'text',
    required: true,
    maxLength: 200,
    admin: {
      position: 'sidebar',
      description: 'One line saying what you changed and why. Required for every save.',
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    access: { read: staffOnly },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'What the reviewer asked for when requesting changes.',
    },
  },
  {
    name: 'authorName',
    label: 'Revision by',
    type: 'text',
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    admin: { hidden: true },
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    admin: { hidden: true },
  },
  // Whoever saved last, workflow steps included: named when a stale save is refused.
  { name: 'savedByName', type: 'text', access: { read: staffOnly }, admin: { hidden: true } },
]
