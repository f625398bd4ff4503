/**
 * The editorial workflow as one declared state machine (docs/architecture.md), pure data and pure
 * functions: no Payload runtime import, so the admin's client components and the server's
 * `enforceWorkflow` hook read the very same rules.
 *
 * API
 * ---
 * - `TRANSITIONS`: every action on a document's newest revision — `save_draft`, `submit`,
 *   `approve`, `request_changes`, `publish` (an admin publishing directly), `unpublish`,
 *   `restore_draft`, `restore_published`, `schedule_publish`, `cancel_schedule` — with its
 *   label, the states it starts `from`, the state it leads `to`, the `roles` that may take it,
 *   whether the four-eyes rule applies, and what it `requires`: a `comment` (request changes),
 *   a fresh `changeSummary` (any change of content), the `revision` the actor saw (the
 *   `updatedAt` of the revision on screen; approvals and change requests must send it).
 * - `availableTransitions({ state, roles, isOwnRevision, isPublished, hasUnsavedChanges })`:
 *   for the admin's buttons — every action that applies to the document in its state, each
 *   `{ action, label, allowed, reason?, code?, requires }`; `reason` says why a refused one is refused
 *   (show it as a tooltip or a note, or hide the button).
 * - `mayPublishDirectly(roles)`: whether Payload's own "Publish changes" button may be shown
 *   (admins only; everyone else goes through Submit / Approve).
 * - `mayScheduleOrCancel(roles)`: reviewers and admins.
 * - `classifyWrite(facts)`: the server's reading of a save as one action.
 * - `checkTransition(action, context)`: `null` when allowed, else a `Refusal`
 *   `{ status: 400 | 403 | 409, code, message, field? }` — the server throws it as is; code
 *   matches on `code`, people read `message`.
 * - `staleRevisionMessage({ savedByName, updatedAt })`: the 409 text for a save made on top of a
 *   revision someone has since replaced.
 *
 * How a client names the revision it saw: it sends the `updatedAt` of the document as it
 * loaded it (with `draft=true`, the newest revision) in the body of the PATCH, e.g.
 * `{"_status": "published", "updatedAt": "2026-11-26T01:02:03.456Z"}`. Every save that sends
 * it is a compare-and-set against the newest revision; approvals and change requests that do
 * not send it are refused (400, field `updatedAt`).
 */

import { holdsRole, REVIEWER_ROLES, type Role, STAFF_ROLES } from '@/access/roles'

import { WORKFLOW_STATES, type WorkflowState } from './states'

export type WorkflowAction =
  | 'save_draft'
  | 'submit'
  | 'approve'
  | 'request_changes'
  | 'publish'
  | 'unpublish'
  | 'restore_draft'
  | 'restore_published'
  | 'schedule_publish'
  | 'cancel_schedule'

export type Requirements = {
  /** A reviewer's comment saying what must change (`reviewComment`). */
  comment?: boolean
  /** A one-line change summary differing from the previous revision's (`changeSummary`). */
  changeSummary?: boolean
  /** The `updatedAt` of the revision the actor saw. */
  revision?: boolean
}

export type Transition = {
  action: WorkflowAction
  label: string
  /** States of the newest revision the action starts from. */
  from: readonly WorkflowState[]
  /** The state it leaves the newest revision in (`undefined`: unchanged). */
  to?: WorkflowState
  roles: readonly Role[]
  /** The actor may not take it on a revision they wrote (admins excepted). */
  fourEyes?: boolean
  /** Needs a published revision to act on. */
  needsPublished?: boolean
  /** Saves a draft (`?draft=true`) rather than the live document. */
  draft: boolean
  requires: Requirements
  /** The audit log's name for it, when it is logged. */
  audit?: 'submit' | 'approve' | 'request_changes' | 'publish' | 'unpublish' | 'restore'
}

const ANY_STATE: readonly WorkflowState[] = WORKFLOW_STATES.map(({ value }) => value)

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  save_draft: {
    action: 'save_draft',
    label: 'Save draft',
    from: ANY_STATE,
    to: 'draft',
    roles: STAFF_ROLES,
    draft: true,
    requires: { changeSummary: true },
  },
  submit: {
    action: 'submit',
    label: 'Submit for review',
    // From `published` only with an edit made in the same save (classifyWrite).
    from: ['draft', 'changes_requested', 'published'],
    to: 'in_review',
    roles: STAFF_ROLES,
    draft: true,
    requires: {},
    audit: 'submit',
  },
  approve: {
    action: 'approve',
    label: 'Approve',
    from: ['in_review'],
    to: 'published',
    roles: REVIEWER_ROLES,
    fourEyes: true,
    draft: false,
    requires: { revision: true },
    audit: 'approve',
  },
  request_changes: {
    action: 'request_changes',
    label: 'Request changes',
    from: ['in_review'],
    to: 'changes_requested',
    roles: REVIEWER_ROLES,
    draft: true,
    requires: { comment: true, revision: true },
    audit: 'request_changes',
  },
  publish: {
    action: 'publish',
    label: 'Publish',
    from: ANY_STATE,
    to: 'published',
    roles: ['admin'],
    draft: false,
    requires: {},
    audit: 'publish',
  },
  unpublish: {
    action: 'unpublish',
    label: 'Unpublish',
    from: ANY_STATE,
    to: 'draft',
    roles: REVIEWER_ROLES,
    needsPublished: true,
    draft: false,
    requires: {},
    audit: 'unpublish',
  },
  restore_draft: {
    action: 'restore_draft',
    label: 'Restore as a draft',
    from: ANY_STATE,
    to: 'draft',
    roles: STAFF_ROLES,
    draft: true,
    requires: {},
    audit: 'restore',
  },
  restore_published: {
    action: 'restore_published',
    label: 'Restore and publish',
    from: ANY_STATE,
    to: 'published',
    roles: ['admin'],
    draft: false,
    requires: {},
    audit: 'restore',
  },
  schedule_publish: {
    action: 'schedule_publish',
    label: 'Schedule publish',
    from: ['in_review'],
    roles: REVIEWER_ROLES,
    fourEyes: true,
    draft: false,
    requires: {},
  },
  cancel_schedule: {
    action: 'cancel_schedule',
    label: 'Cancel scheduled publish',
    from: ANY_STATE,
    roles: REVIEWER_ROLES,
    draft: false,
    requires: {},
  },
}

/**
 * What a refusal is, for code to match on (the admin's buttons): the message is for people
 * and may be reworded, the code stays.
 */
export type RefusalCode =
  | 'role-not-allowed'
  | 'not-submitted'
  | 'not-published'
  | 'wrong-state'
  | 'own-revision'
  | 'revision-edited'
  | 'comment-required'
  | 'revision-required'
  | 'change-summary-required'
  | 'change-summary-unchanged'
  | 'save-draft-first'

export type Refusal = {
  status: 400 | 403 | 409
  code: RefusalCode
  message: string
  field?: string
}

export const mayPublishDirectly = (roles: readonly string[] | null | undefined) =>
  holdsRole(roles, ['admin'])

export const mayScheduleOrCancel = (roles: readonly string[] | null | undefined) =>
  holdsRole(roles, REVIEWER_ROLES)

/** Why a role may not take an action (the 403 texts). */
const ROLE_REFUSALS: Partial<Record<WorkflowAction, string>> = {
  approve:
    'Editors cannot publish. Save your revision as a draft (draft=true) and submit it for review.',
  publish:
    'Editors cannot publish. Save your revision as a draft (draft=true) and submit it for review.',
  unpublish: 'Editors cannot unpublish.',
  request_changes: 'Only reviewers can request changes.',
  restore_published: 'Restore an old revision as a draft (draft=true), then submit it for review.',
  schedule_publish: 'Only reviewers and admins can schedule a publish.',
  cancel_schedule: 'Only reviewers and admins can cancel a scheduled publish.',
}

export type TransitionContext = {
  /** State of the newest revision before the action. */
  state: WorkflowState
  roles: readonly string[] | null | undefined
  /** The newest revision was written by the actor. */
  isOwnRevision: boolean
  /** A published revision exists (readers see one). */
  isPublished?: boolean
  /** The save changes the content, not only the workflow's bookkeeping. */
  contentChanged?: boolean
  /** The change summary sent, and the previous revision's. */
  changeSummary?: unknown
  previousSummary?: unknown
  /** The reviewer's comment sent. */
  comment?: unknown
  /** The `updatedAt` the client says it saw (`undefined`: not sent). */
  revisionSeen?: unknown
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The rules of one action, in the order a person would want to hear them: role, state,
 * four eyes, then what the action requires. `null` when allowed.
 */
export function checkTransition(
  action: WorkflowAction,
  context: TransitionContext,
  {
    trusted = false,
    revisionImplied = false,
  }: {
    /** Server code acting on its own (`overrideAccess`): no role, state or four-eyes rules. */
    trusted?: boolean
    /** The Local API: server code that read the revision itself need not name it. */
    revisionImplied?: boolean
  } = {},
): Refusal | null {
  const transition = TRANSITIONS[action]
  const isAdmin = holdsRole(context.roles, ['admin'])
  const refusal = trusted ? null : checkPermission(action, transition, context, isAdmin)
  if (refusal) return refusal
  if ((action === 'approve' || action === 'request_changes') && context.contentChanged) {
    return {
      status: 403,
      code: 'revision-edited',
      message:
        action === 'approve'
          ? 'Approving publishes a revision exactly as it was submitted. Save your own changes as a draft and submit them for review.'
          : 'Request changes on a revision as it was submitted, without editing it.',
    }
  }
  if (transition.requires.comment && !text(context.comment)) {
    return {
      status: 400,
      code: 'comment-required',
      field: 'reviewComment',
      message: 'Say what needs to change: a comment is required.',
    }
  }
  if (!trusted && !revisionImplied && transition.requires.revision && !text(context.revisionSeen)) {
    return {
      status: 400,
      code: 'revision-required',
      field: 'updatedAt',
      message: `Name the revision you ${action === 'approve' ? 'approve' : 'send back'}: send "updatedAt", the updatedAt of the revision you reviewed.`,
    }
  }
  if (context.contentChanged && action !== 'restore_draft' && action !== 'restore_published') {
    const summary = text(context.changeSummary)
    if (!summary) {
      return {
        status: 400,
        code: 'change-summary-required',
        field: 'changeSummary',
        message: 'Describe your change in one line: a change summary is required.',
      }
    }
    if (summary === text(context.previousSummary)) {
      return {
        status: 400,
        code: 'change-summary-unchanged',
        field: 'changeSummary',
        message: 'Describe this change: the summary still reads as the previous revision’s.',
      }
    }
  }
  return null
}

/** Role, state and four-eyes rules (what an actor's identity allows). */
function checkPermission(
  action: WorkflowAction,
  transition: Transition,
  context: TransitionContext,
  isAdmin: boolean,
): Refusal | null {
  if (action === 'publish' && !isAdmin && holdsRole(context.roles, REVIEWER_ROLES)) {
    // A reviewer's publish that is not an approval of a submitted, unedited revision.
    return {
      status: 403,
      code: context.contentChanged ? 'revision-edited' : 'not-submitted',
      message: context.contentChanged
        ? 'Approving publishes a revision exactly as it was submitted. Save your own changes as a draft and submit them for review.'
        : 'Only a revision submitted for review can be approved.',
    }
  }
  if (!holdsRole(context.roles, transition.roles)) {
    return {
      status: 403,
      code: 'role-not-allowed',
      message:
        ROLE_REFUSALS[action] ??
        `Only ${transition.roles.join(', ')} can ${transition.label.toLowerCase()}.`,
    }
  }
  if (transition.needsPublished && !context.isPublished) {
    return {
      status: 403,
      code: 'not-published',
      message: 'Only a published document can be unpublished.',
    }
  }
  if (!transition.from.includes(context.state) && !(isAdmin && action !== 'request_changes')) {
    const messages: Partial<Record<WorkflowAction, string>> = {
      approve: 'Only a revision submitted for review can be approved.',
      request_changes: 'Changes can only be requested on a revision submitted for review.',
      submit: 'Only a draft or a revision sent back for changes can be submitted for review.',
      schedule_publish: 'Only a revision submitted for review can be scheduled for publishing.',
    }
    return {
      status: 403,
      code: 'wrong-state',
      message: messages[action] ?? `${transition.label} is not possible in this state.`,
    }
  }
  if (transition.fourEyes && context.isOwnRevision && !isAdmin) {
    return {
      status: 403,
      code: 'own-revision',
      message: 'You cannot approve a revision you wrote: another reviewer must approve it.',
    }
  }
  return null
}

/** What the server knows about a write, from the operation and the stored revision. */
export type WriteFacts = {
  /** Payload was asked for a draft save (`draft=true`) and not to publish. */
  draftSave: boolean
  /** The save publishes (`_status: "published"` outside a draft save). */
  publishing: boolean
  /** The save takes a published document back to draft. */
  unpublishing: boolean
  restoring: boolean
  contentChanged: boolean
  /** The workflow state the client asked for, when it differs from the stored one. */
  requestedState?: WorkflowState
  previousState: WorkflowState
  isAdmin: boolean
}

/**
 * Reads a save as one action of the machine (`undefined`: a save that changes nothing the
 * workflow tracks, such as re-saving bookkeeping fields).
 */
export function classifyWrite(facts: WriteFacts): WorkflowAction | 'invalid_state' | undefined {
  if (facts.restoring) return facts.draftSave ? 'restore_draft' : 'restore_published'
  if (facts.publishing) {
    if (facts.previousState === 'in_review' && !facts.contentChanged) return 'approve'
    return 'publish'
  }
  if (facts.unpublishing) return 'unpublish'
  if (facts.requestedState === 'changes_requested') return 'request_changes'
  if (facts.requestedState === 'published') return 'invalid_state'
  if (facts.requestedState === 'in_review') {
    // Edited and submitted in one save, from any state: the edit is the new revision.
    return facts.contentChanged || facts.previousState !== 'published' ? 'submit' : 'invalid_state'
  }
  if (facts.contentChanged) return 'save_draft'
  return undefined
}

/** The state the newest revision ends in after `action` (edits while in review stay there). */
export function nextState(
  action: WorkflowAction | undefined,
  previous: WorkflowState,
  { keepInReview = false }: { keepInReview?: boolean } = {},
): WorkflowState {
  if (!action) return previous === 'published' ? 'draft' : previous
  if (action === 'save_draft' && keepInReview && previous === 'in_review') return 'in_review'
  return TRANSITIONS[action].to ?? previous
}

export type AvailableTransition = {
  action: WorkflowAction
  label: string
  allowed: boolean
  /** Why it is refused (when `allowed` is false), for people. */
  reason?: string
  /** What the refusal is, for code: `save-draft-first` is only a wait, not a refusal. */
  code?: RefusalCode
  requires: Requirements
}

/**
 * The workflow actions a document's page may offer, for the admin's buttons: each with
 * whether this user may take it now and, if not, why. Actions that make no sense in the
 * state (approving a draft) are left out altogether.
 */
export function availableTransitions({
  state,
  roles,
  isOwnRevision,
  isPublished = false,
  hasUnsavedChanges = false,
}: {
  state: WorkflowState
  roles: readonly string[] | null | undefined
  isOwnRevision: boolean
  isPublished?: boolean
  hasUnsavedChanges?: boolean
}): AvailableTransition[] {
  const candidates: WorkflowAction[] = []
  if (state === 'draft' || state === 'changes_requested') candidates.push('submit')
  if (state === 'in_review') candidates.push('approve', 'request_changes', 'schedule_publish')
  if (isPublished) candidates.push('unpublish')
  if (state !== 'published' && state !== 'in_review') candidates.push('publish')
  return candidates
    .filter((action) => action !== 'publish' || mayPublishDirectly(roles))
    .map((action) => {
      const transition = TRANSITIONS[action]
      const refusal = checkTransition(action, {
        state,
        roles,
        isOwnRevision,
        isPublished,
        contentChanged: false,
        // The buttons send these themselves; only the rules of role and state matter here.
        comment: 'given',
        revisionSeen: 'given',
      })
      const refused: Pick<Refusal, 'code' | 'message'> | null =
        refusal ??
        (hasUnsavedChanges ? { code: 'save-draft-first', message: 'Save your draft first.' } : null)
      return {
        action,
        label: transition.label,
        allowed: !refused,
        ...(refused ? { reason: refused.message, code: refused.code } : {}),
        requires: transition.requires,
      }
    })
}

const formatTime = (value: unknown) => {
  const date = new Date(typeof value === 'string' || value instanceof Date ? value : NaN)
  return Number.isNaN(date.getTime())
    ? 'a moment ago'
    : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The 409 of a save made on a revision someone has replaced since it was loaded. */
export const staleRevisionMessage = ({
  savedByName,
  updatedAt,
}: {
  savedByName?: unknown
  updatedAt: unknown
}) =>
  `${typeof savedByName === 'string' && savedByName ? savedByName : 'Someone'} changed this document at ${formatTime(updatedAt)}, ` +
  'after you loaded it. Reload to see their revision, then make your change again.'

export { formatTime as formatRevisionTime }
