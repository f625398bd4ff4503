'use client'

import {
  Button,
  Modal,
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
import React, { useState } from 'react'

import {
  type AvailableTransition,
  availableTransitions,
  TRANSITIONS,
  type WorkflowAction,
} from '@/workflow/machine'
import type { WorkflowState } from '@/workflow/states'
import { idOf } from '@/lib/relationId'

import './admin.css'
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

/**
 * Submit for review, Approve, Request changes and Schedule on a document, offered as the
 * workflow's state machine (`workflow/machine.ts`) allows them to this user in this state — the
 * same rules the server applies — so the header never shows a control the server will refuse.
 * Each step is an ordinary REST update; approvals and change requests name the revision on
 * screen (its `updatedAt`), so the server refuses them if someone has changed it since.
 */
export function WorkflowActions() {
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

  return (
    <div className="workflow-actions" aria-label="Review workflow" role="group">
      {offered.map((transition) => (
        <Button
          key={transition.action}
          buttonStyle={transition.action === 'approve' ? 'primary' : 'secondary'}
          className="workflow-actions__button"
          disabled={busy || !transition.allowed}
          id={`workflow-${transition.action}`}
          margin={false}
          onClick={() => void run(transition)}
          size="medium"
          tooltip={transition.reason}
        >
          {transition.action === 'schedule_publish' ? 'Schedule' : transition.label}
        </Button>
      ))}
      {notes.map((note) => (
        <span className="workflow-actions__note" key={note}>
          {note}
        </span>
      ))}
      <Modal className="confirmation-modal workflow-modal" closeOnBlur={false} slug={requestSlug}>
        <div className="confirmation-modal__wrapper">
          <div className="confirmation-modal__content">
            <h1>Request changes</h1>
            <label className="field-label" htmlFor="workflow-review-comment">
              What needs to change?
            </label>
            <textarea
              className="workflow-modal__input"
              id="workflow-review-comment"
              onChange={(event) => setComment(event.target.value)}
              rows={4}
              value={comment}
            />
          </div>
          <div className="confirmation-modal__controls">
            <Button buttonStyle="secondary" onClick={() => closeModal(requestSlug)} size="large">
              Cancel
            </Button>
            <Button
              disabled={busy || !comment.trim()}
              onClick={() => void sendRequest()}
              size="large"
            >
              Send change request
            </Button>
          </div>
        </div>
      </Modal>
      <Modal className="confirmation-modal workflow-modal" closeOnBlur={false} slug={scheduleSlug}>
        <div className="confirmation-modal__wrapper">
          <div className="confirmation-modal__content">
            <h1>Schedule publishing</h1>
            <p>
              The revision in review is published at this time, as your approval, under the same
              rules as approving it now.
            </p>
            <label className="field-label" htmlFor="workflow-publish-at">
              Publish at
            </label>
            <input
              className="workflow-modal__input"
              id="workflow-publish-at"
              onChange={(event) => setPublishAt(event.target.value)}
              type="datetime-local"
              value={publishAt}
            />
          </div>
          <div className="confirmation-modal__controls">
            <Button buttonStyle="secondary" onClick={() => closeModal(scheduleSlug)} size="large">
              Cancel
            </Button>
            <Button disabled={busy || !publishAt} onClick={() => void schedule()} size="large">
              Schedule
            </Button>
          </div>
        </div>
      </Modal>
    </div>
  )
}
