'use client'

import { Button } from '@payloadcms/ui'
import React from 'react'

import './admin.css'
import { RequestChangesModal } from './RequestChangesModal'
import { ScheduleModal } from './ScheduleModal'
import { useWorkflowSteps } from './useWorkflowSteps'

/**
 * Submit for review, Approve, Request changes and Schedule on a document, offered as the
 * workflow's state machine (`workflow/machine.ts`) allows them to this user in this state — the
 * same rules the server applies — so the header never shows a control the server will refuse.
 * The steps and their requests are `useWorkflowSteps`; this is the button bar and its modals.
 */
export function WorkflowActions() {
  const steps = useWorkflowSteps()
  if (!steps) return null
  const { offered, notes, busy, requestSlug, scheduleSlug, run, closeModal } = steps

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
      <RequestChangesModal
        busy={busy}
        comment={steps.comment}
        onCancel={() => closeModal(requestSlug)}
        onSend={() => void steps.sendRequest()}
        slug={requestSlug}
      />
      <ScheduleModal
        busy={busy}
        onCancel={() => closeModal(scheduleSlug)}
        onSchedule={() => void steps.schedule()}
        publishAt={steps.publishAt}
        slug={scheduleSlug}
      />
    </div>
  )
}
