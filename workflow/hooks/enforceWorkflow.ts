import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'

import { type AuditAction, WORKFLOW_FIELDS, type WorkflowState } from '../states'
import { operationFacts } from './captureOperation'
import { rememberAuditEntry } from './auditWorkflow'

type Doc = Record<string, unknown>

const refuse = (message: string) => new APIError(message, 403, null, true)

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

/** Order-insensitive comparison of stored values (JSON: text, ids, dates, rich text). */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Doc)[key])]),
    )
  }
  return value ?? null
}
const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** True when the save changes the content itself, not only the workflow's bookkeeping. */
const changesContent = (data: Doc, originalDoc: Doc | undefined) =>
  !originalDoc ||
  Object.keys(data).some(
    (key) =>
      !(WORKFLOW_FIELDS as readonly string[]).includes(key) &&
      data[key] !== undefined &&
      !same(data[key], originalDoc[key]),
  )

const formatTime = (value: unknown) =>
  typeof value === 'string' ? `${value.slice(0, 16).replace('T', ' ')} UTC` : 'a moment ago'

/**
 * The editorial workflow's rules, enforced on every write of a content collection, whatever
 * the door (REST, GraphQL, Local API, the admin, a restore, a bulk update, a scheduled
 * publish): who may publish, unpublish, approve and request changes, the four-eyes rule, the
 * change summary, the revision's author, and stale saves refused instead of overwriting.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { user, payload, context } = req
  const facts = operationFacts(context, collection.slug)
  const checked = Boolean(user) && !facts.overrideAccess
  const restoring = Boolean(context.isRestoringVersion)
  const previous = (operation === 'update' ? originalDoc : undefined) as Doc | undefined
  const previousState = (previous?.workflowState as WorkflowState | undefined) ?? 'draft'
  const isAdmin = hasRole(user, 'admin')
  const isReviewer = hasRole(user, 'reviewer', 'admin')

  // A save must start from the revision that is stored now (the admin form sends the
  // `updatedAt` it loaded); a save on top of someone else's newer revision is refused.
  if (
    previous &&
    !restoring &&
    typeof data.updatedAt === 'string' &&
    typeof previous.updatedAt === 'string' &&
    new Date(data.updatedAt).getTime() < new Date(previous.updatedAt).getTime()
  ) {
    throw new APIError(
      `${previous.savedByName || 'Someone'} changed this document at ${formatTime(previous.updatedAt)}, ` +
        'after you loaded it. Reload to see their revision, then make your change again.',
      409,
      null,
      true,
    )
  }
  // A restore brings the old revision's own dates along: its time names the restored revision.
  const restoredFrom = restoring ? data.updatedAt : undefined
  delete data.updatedAt

  // (A restore as a draft still carries the old revision's status here; Payload resets it later.)
  const draftSave = facts.draft && (restoring || data._status !== 'published')
  const nextStatus = (data._status ?? previous?._status ?? 'draft') as string
  const publishing = !draftSave && nextStatus === 'published'
  const live =
    previous && !draftSave && !publishing
      ? await payload.db.findOne<Doc & { id: number }>({
          collection: collection.slug,
          where: { id: { equals: previous.id } },
          req,
        })
      : null
  const liveStatus = live?._status as string | undefined
  const unpublishing = liveStatus === 'published'
  const contentChanged = restoring || changesContent(data, previous)
  // Payload hands this hook the stored revision merged with what the client sent, so a
  // state the client asks for is one that differs from the stored one.
  const asked = data.workflowState as WorkflowState | undefined
  const requested = asked !== previousState && !restoring ? asked : undefined

  if (restoring && !draftSave && checked && !isAdmin) {
    throw refuse('Restore an old revision as a draft (draft=true), then submit it for review.')
  }

  let state: WorkflowState
  let action: AuditAction | undefined
  if (publishing) {
    state = 'published'
    action = previousState === 'in_review' && !contentChanged ? 'approve' : 'publish'
    if (checked && !isReviewer) {
      throw refuse(
        'Editors cannot publish. Save your revision as a draft (draft=true) and submit it for review.',
      )
    }
    if (checked && !isAdmin) {
      if (contentChanged) {
        throw refuse(
          'Approving publishes a revision exactly as it was submitted. Save your own changes as a draft and submit them for review.',
        )
      }
      if (previousState !== 'in_review') {
        throw refuse('Only a revision submitted for review can be approved.')
      }
      if (String(idOf(previous?.lastEditedBy)) === String(user!.id)) {
        throw refuse('You cannot approve a revision you wrote: another reviewer must approve it.')
      }
    }
  } else if (unpublishing) {
    state = 'draft'
    action = 'unpublish'
    if (checked && !isReviewer) throw refuse('Editors cannot unpublish.')
  } else if (requested === 'changes_requested') {
    state = 'changes_requested'
    action = 'request_changes'
    if (checked && !isReviewer) throw refuse('Only reviewers can request changes.')
    if (checked && previousState !== 'in_review') {
      throw refuse('Changes can only be requested on a revision submitted for review.')
    }
    if (contentChanged) {
      throw refuse('Request changes on a revision as it was submitted, without editing it.')
    }
    if (typeof data.reviewComment !== 'string' || !data.reviewComment.trim()) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          { path: 'reviewComment', message: 'Say what needs to change: a comment is required.' },
        ],
      })
    }
  } else if (requested === 'published') {
    throw refuse(
      'A revision is published by approving it (_status: "published"), not by setting its state.',
    )
  } else if (requested === 'in_review') {
    state = 'in_review'
    action = 'submit'
  } else if (asked === 'in_review' && previousState === 'in_review') {
    // Edited while waiting for review: still waiting, now with the new text.
    state = 'in_review'
  } else {
    state = contentChanged || previousState === 'published' ? 'draft' : previousState
  }
  if (restoring) action = 'restore'

  if (contentChanged) {
    const summary = typeof data.changeSummary === 'string' ? data.changeSummary.trim() : ''
    if (!restoring && (!summary || (previous && summary === previous.changeSummary))) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'changeSummary',
            message: summary
              ? 'Describe this change: the summary still reads as the previous revision’s.'
              : 'Describe your change in one line: a change summary is required.',
          },
        ],
      })
    }
    data.changeSummary = restoring
      ? `Restored the revision of ${formatTime(restoredFrom)}`
      : summary
    data.lastEditedBy = user?.id ?? null
    data.authorName = (user as { name?: string } | null)?.name ?? 'Annals'
    if (state !== 'changes_requested') data.reviewComment = null
  } else {
    // A workflow step keeps the revision's text, summary and author; clients cannot forge them.
    data.changeSummary = previous?.changeSummary
    data.lastEditedBy = idOf(previous?.lastEditedBy) ?? null
    data.authorName = previous?.authorName ?? null
    if (action === 'submit') data.reviewComment = null
    else if (action !== 'request_changes' && action !== 'approve') {
      data.reviewComment = previous?.reviewComment ?? null
    }
  }
  if (action === 'approve' || action === 'request_changes') data.reviewedBy = user?.id ?? null
  data.workflowState = state
  data.savedByName = (user as { name?: string } | null)?.name ?? 'Annals'

  if (action && previous) {
    rememberAuditEntry(context, collection.slug, previous.id, {
      action,
      comment:
        action === 'request_changes' || action === 'approve'
          ? (data.reviewComment as string)
          : undefined,
    })
  }
  return data
}
