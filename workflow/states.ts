/**
 * The states of a document's newest revision (docs/architecture.md): an editor's `draft` goes
 * `in_review`; a reviewer approves it (`published`) or sends it back (`changes_requested`),
 * and the next edit makes it a `draft` again.
 */
export const WORKFLOW_STATES = [
  { label: 'Draft', value: 'draft' },
  { label: 'In review', value: 'in_review' },
  { label: 'Changes requested', value: 'changes_requested' },
  { label: 'Published', value: 'published' },
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']

/** The four collections the workflow applies to. */
export const WORKFLOW_COLLECTIONS = ['articles', 'events', 'references', 'reactions'] as const

export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]

/**
 * Fields a workflow step may send without counting as an edit of the content: submitting,
 * approving or requesting changes leaves the revision's text and its author as they were.
 */
export const WORKFLOW_FIELDS = [
  '_status',
  'workflowState',
  'reviewComment',
  'changeSummary',
  'lastEditedBy',
  'authorName',
  'savedByName',
  'reviewedBy',
  'everPublished',
  'updatedAt',
  'createdAt',
  'id',
] as const

export const AUDIT_ACTIONS = [
  { label: 'Submitted for review', value: 'submit' },
  { label: 'Approved', value: 'approve' },
  { label: 'Changes requested', value: 'request_changes' },
  { label: 'Published', value: 'publish' },
  { label: 'Unpublished', value: 'unpublish' },
  { label: 'Deleted', value: 'delete' },
  { label: 'Restored a revision', value: 'restore' },
  { label: 'Changed roles', value: 'role_change' },
  { label: 'Scheduled a publish', value: 'schedule' },
  { label: 'Cancelled a scheduled publish', value: 'cancel_schedule' },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']
