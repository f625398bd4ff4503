import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { idOf } from '@/lib/relationId'

import {
  checkTransition,
  classifyWrite,
  formatRevisionTime,
  nextState,
  type Refusal,
  staleRevisionMessage,
  TRANSITIONS,
} from '../machine'
import { hasPublishedRevision } from '../everPublished'
import { lockAndReadRevision, sameRevision } from '../revision'
import { WORKFLOW_FIELDS, type WorkflowCollection, type WorkflowState } from '../states'
import { rememberAuditEntry } from './auditWorkflow'
import { operationFacts } from './captureOperation'

type Doc = Record<string, unknown>

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

/**
 * A refusal of the machine as the error Payload answers with: 400 naming the field (its data
 * carries the refusal's code beside the field errors), 403, 409.
 */
const toError = (refusal: Refusal, collection: string) => {
  if (refusal.status === 400 && refusal.field) {
    const data = {
      collection,
      code: refusal.code,
      errors: [{ path: refusal.field, message: refusal.message }],
    }
    return new ValidationError(data)
  }
  // No data: the REST answer of a 403/409 is its message alone (the suite pins it so).
  return new APIError(refusal.message, refusal.status, null, true)
}

/**
 * The editorial workflow's rules, enforced on every write of a content collection, whatever
 * the door (REST, GraphQL, Local API, the admin, a restore, a bulk update, a scheduled
 * publish). The rules themselves are `workflow/machine.ts`; this hook gathers the facts of
 * the save, asks the machine, and applies what it decides: the state, the revision's author
 * and summary, and the audit entry. Every update is a compare-and-set on the revision the
 * client loaded, inside the save's transaction.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { user, payload, context } = req
  const slug = collection.slug as WorkflowCollection
  const facts = operationFacts(context, slug)
  if (!facts) {
    throw new APIError(
      'The workflow could not tell how this document is being saved (draft or live, by whom), so the save was refused.',
      500,
    )
  }
  const checked = Boolean(user) && !facts.overrideAccess
  const restoring = Boolean(context.isRestoringVersion)
  const previous = (operation === 'update' ? originalDoc : undefined) as Doc | undefined
  const previousState = (previous?.workflowState as WorkflowState | undefined) ?? 'draft'
  const sentRevision = facts.sent.updatedAt

  if (previous) {
    // The compare-and-set: under the row lock, the newest revision must be the one the client
    // loaded. (A save that names none takes its turn under the lock; a save by id was built on
    // the revision read after the lock was taken, in `captureOperation`.)
    const current = await lockAndReadRevision(req, slug, previous.id as number)
    if (
      current &&
      !restoring &&
      sentRevision !== undefined &&
      !sameRevision(sentRevision, current.updatedAt)
    ) {
      throw new APIError(staleRevisionMessage(current), 409, null, true)
    }
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
          collection: slug,
          where: { id: { equals: previous.id } },
          req,
        })
      : null
  const unpublishing = live?._status === 'published'
  const contentChanged = restoring || changesContent(data, previous)
  const asked =
    typeof facts.sent.workflowState === 'string'
      ? (facts.sent.workflowState as WorkflowState)
      : undefined

  const action = classifyWrite({
    draftSave,
    publishing,
    unpublishing,
    restoring,
    contentChanged,
    requestedState: asked !== previousState ? asked : undefined,
    previousState,
    isAdmin: hasRole(user, 'admin'),
  })
  if (action === 'invalid_state') {
    throw new APIError(
      asked === 'published'
        ? 'A revision is published by approving it (_status: "published"), not by setting its state.'
        : `A document cannot go from "${previousState}" to "${asked}".`,
      403,
      null,
      true,
    )
  }
  if (action) {
    const refusal = checkTransition(
      action,
      {
        state: previousState,
        roles: user?.roles,
        isOwnRevision: Boolean(user) && String(idOf(previous?.lastEditedBy)) === String(user!.id),
        isPublished: unpublishing || previous?._status === 'published',
        contentChanged,
        changeSummary: data.changeSummary,
        previousSummary: previous?.changeSummary,
        comment: data.reviewComment,
        revisionSeen: sentRevision,
      },
      // Server code acting with `overrideAccess` (seeds, migrations) is trusted with roles;
      // the Local API on a user's behalf may leave the revision implicit (it read it itself).
      { trusted: !checked, revisionImplied: facts.api === 'local' },
    )
    if (refusal) throw toError(refusal, slug)
  }

  const state = nextState(action, previousState, { keepInReview: asked === 'in_review' })
  if (contentChanged) {
    data.changeSummary = restoring
      ? `Restored the revision of ${formatRevisionTime(restoredFrom)}`
      : String(data.changeSummary ?? '').trim()
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
  // Computed, never taken from the client: it decides who may delete the document. Once
  // true it stays true, so only a document not yet known to have been published costs a count.
  data.everPublished =
    publishing ||
    previous?.everPublished === true ||
    (previous ? await hasPublishedRevision(req, slug, previous.id as number) : false)
  data.savedByName = (user as { name?: string } | null)?.name ?? 'Annals'

  const audit = action ? TRANSITIONS[action].audit : undefined
  if (audit && previous) {
    rememberAuditEntry(context, slug, previous.id, {
      action: audit,
      comment:
        audit === 'request_changes' || audit === 'approve'
          ? (data.reviewComment as string)
          : undefined,
    })
  }
  return data
}
