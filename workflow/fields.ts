import type { Field, FieldAccess, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { isStaff } from '@/access/roles'

import { checkTransition } from './machine'
import { WORKFLOW_STATES } from './states'

/**
 * The admin's form checks the summary as the editor works (`event: 'onChange'`, with the
 * summary the document was loaded with as `previousValue`), in the words the server would use,
 * so a summary left from the previous revision is marked on the field before and after a save
 * rather than only in a toast. A real save is judged by `enforceWorkflow`, which alone knows
 * whether the content changed.
 */
const freshSummary: TextFieldSingleValidation = (value, options) => {
  const basic = text(value, options)
  if (basic !== true || options.event !== 'onChange' || options.operation !== 'update') return basic
  const refusal = checkTransition(
    'save_draft',
    {
      state: 'draft',
      roles: [],
      isOwnRevision: true,
      contentChanged: true,
      changeSummary: value,
      previousSummary: options.previousValue,
    },
    { trusted: true },
  )
  return refusal?.field === 'changeSummary' ? refusal.message : true
}

const HIDDEN_IN_COMPARISON = '@/components/admin/HiddenDiff#HiddenDiff'

const staffOnly: FieldAccess = ({ req: { user } }) => isStaff(user)

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
      components: { Diff: HIDDEN_IN_COMPARISON },
    },
  },
  {
    name: 'changeSummary',
    type: 'text',
    required: true,
    maxLength: 200,
    validate: freshSummary,
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
    admin: { position: 'sidebar', readOnly: true, components: { Diff: HIDDEN_IN_COMPARISON } },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    admin: { hidden: true, components: { Diff: HIDDEN_IN_COMPARISON } },
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    admin: { hidden: true, components: { Diff: HIDDEN_IN_COMPARISON } },
  },
  // Set by `enforceWorkflow` on the first publish and never cleared: who may delete depends
  // on it (`deleteUnpublishedOrReviewer`), whatever the document's state now.
  {
    name: 'everPublished',
    type: 'checkbox',
    defaultValue: false,
    access: { read: staffOnly },
    admin: { hidden: true, components: { Diff: HIDDEN_IN_COMPARISON } },
  },
  // Whoever saved last, workflow steps included: named when a stale save is refused.
  {
    name: 'savedByName',
    type: 'text',
    access: { read: staffOnly },
    admin: { hidden: true, components: { Diff: HIDDEN_IN_COMPARISON } },
  },
]
