'use client'

import {
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useModal,
  useServerFunctions,
} from '@payloadcms/ui'
import { useState } from 'react'

import { idOf } from '@/lib/relationId'
import {
  type AvailableTransition,
  availableTransitions,
  TRANSITIONS,
  type WorkflowAction,
} from '@/workflow/machine'
import type { WorkflowState } from '@/workflow/states'

import { responseMessage } from './responseMessage'

/** What each step says once the server has taken it. */
const DONE: Partial<Record<WorkflowAction, string>> = {
  submit: 'Submitted for review. A reviewer will approve it or ask for changes.',
  approve: 'Approved and published: readers now see this revision.',
  request_changes: 'Changes requested: the author sees your comment.',
  schedule_publish: 'Publishing scheduled.',
}

// The steps a document's header offers; unpublishing stays in Payload's own menu.
const OFFERED: WorkflowAction[] = ['submit', 'approve', 'request_changes', 'schedule_publish']

/** A modal's text field: its value and its setter. */
export type Draft = { value: string; set: (value: string) => void }

export type WorkflowSteps = {
  /** Buttons: allowed steps, and those saving the draft would allow (shown disabled). */
  offered: AvailableTransition[]
  /** Why the other steps are refused (four eyes), in words instead of a button. */
  notes: string[]
  busy: boolean
  requestSlug: string
  scheduleSlug: string
  comment: Draft
  publishAt: Draft
  run: (transition: AvailableTransition) => unknown
  sendRequest: () => Promise<void>
  schedule: () => Promise<void>
  closeModal: (slug: string) => void
}

/**
 * The workflow steps this user may take on the document on screen, as the state machine
 * (`workflow/machine.ts`) allows them in its state, and taking them: each an ordinary REST
 * update (approvals and change requests name the revision on screen, its `updatedAt`, so
 * the server refuses them if someone has changed it since), or a scheduled publish.
 * `null` when the header offers nothing.
 */
export function useWorkflowSteps(): WorkflowSteps | null {
  const {
    id,
    collectionSlug,
    hasPublishedDoc,
    incrementVersionCount,
    setHasPublishedDoc,
    setUnpublishedVersionCount,
    updateSavedDocumentData,
    savedDocumentData,
  } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { reset } = useForm()
  const { schedulePublish } = useServerFunctions()
  const { openModal, closeModal } = useModal()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields.workflowState?.value) as
    WorkflowState | undefined
  const author = useFormFields(([fields]) => idOf(fields.lastEditedBy?.value))
  const loadedAt = useFormFields(([fields]) => fields.updatedAt?.value) as string | undefined
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)

  if (!id || !collectionSlug || !user || !state) return null
  const requestSlug = `workflow-request-changes-${id}`
  const scheduleSlug = `workflow-schedule-${id}`
  const revisionSeen = loadedAt ?? (savedDocumentData?.updatedAt as string | undefined)

  const roles = (user as { roles?: string[] }).roles ?? []
  // Steps of another role are not this user's business: no button, and no note either.
  const transitions = availableTransitions({
    state,
    roles,
    isOwnRevision: String(author) === String(user.id),
    isPublished: hasPublishedDoc,
    hasUnsavedChanges: modified,
  }).filter(
    ({ action }) =>
      OFFERED.includes(action) && TRANSITIONS[action].roles.some((role) => roles.includes(role)),
  )
  if (transitions.length === 0) return null

  const update = async (action: WorkflowAction, draft: boolean, body: Record<string, unknown>) => {
    setBusy(true)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?depth=0${draft ? '&draft=true' : ''}`,
        {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        },
      )
      const result = (await response.json().catch(() => ({}))) as { doc?: Record<string, unknown> }
      if (!response.ok || !result.doc) {
        toast.error(responseMessage(result, 'The server refused this step.'))
        return false
      }
      // The form, the status and the version count take the saved revision as it is now,
      // without reloading the page.
      await reset(result.doc)
      updateSavedDocumentData(result.doc)
      incrementVersionCount()
      if (action === 'approve') {
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
      } else {
        setUnpublishedVersionCount((count) => count + 1)
      }
      toast.success(DONE[action])
      return true
    } catch {
      toast.error('The server could not be reached. Try again.')
      return false
    } finally {
      setBusy(false)
    }
  }

  const schedule = async () => {
    const date = new Date(publishAt)
    if (!publishAt || Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
      toast.error('Choose a time in the future.')
      return
    }
    setBusy(true)
    try {
      const result = (await schedulePublish({
        type: 'publish',
        date,
        doc: { relationTo: collectionSlug, value: String(id) },
      })) as { error?: string } | undefined
      if (result?.error) {
        toast.error(result.error)
        return
      }
      closeModal(scheduleSlug)
      toast.success(`${DONE.schedule_publish} It will be published ${date.toLocaleString()}.`)
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'Scheduling failed.')
    } finally {
      setBusy(false)
    }
  }

  const run = (transition: AvailableTransition) => {
    switch (transition.action) {
      case 'submit':
        return update('submit', true, { workflowState: 'in_review' })
      case 'approve':
        return update('approve', false, { _status: 'published', updatedAt: revisionSeen })
      case 'request_changes':
        return openModal(requestSlug)
      case 'schedule_publish':
        return openModal(scheduleSlug)
    }
  }

  const sendRequest = async () => {
    const done = await update('request_changes', true, {
      workflowState: 'changes_requested',
      reviewComment: comment,
      updatedAt: revisionSeen,
    })
    if (done) {
      setComment('')
      closeModal(requestSlug)
    }
  }

  // A refusal that saving would lift shows as a disabled button; any other refusal (four eyes)
  // is said in words instead of offering a button that cannot work.
  const offered = transitions.filter(
    (transition) => transition.allowed || transition.code === 'save-draft-first',
  )
  const notes = [
    ...new Set(
      transitions
        .filter((transition) => !transition.allowed && transition.code !== 'save-draft-first')
        .map((transition) => transition.reason!),
    ),
  ]

  return {
    offered,
    notes,
    busy,
    requestSlug,
    scheduleSlug,
    comment: { value: comment, set: setComment },
    publishAt: { value: publishAt, set: setPublishAt },
    run,
    sendRequest,
    schedule,
    closeModal,
  }
}
