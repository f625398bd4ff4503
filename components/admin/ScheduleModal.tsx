'use client'

import { Button, Modal } from '@payloadcms/ui'
import React from 'react'

import type { Draft } from './useWorkflowSteps'

/** The time a revision in review is to be published at. */
export function ScheduleModal({
  slug,
  publishAt,
  busy,
  onCancel,
  onSchedule,
}: {
  slug: string
  publishAt: Draft
  busy: boolean
  onCancel: () => void
  onSchedule: () => void
}) {
  return (
    <Modal className="confirmation-modal workflow-modal" closeOnBlur={false} slug={slug}>
      <div className="confirmation-modal__wrapper">
        <div className="confirmation-modal__content">
          <h1>Schedule publishing</h1>
          <p>
            The revision in review is published at this time, as your approval, under the same rules
            as approving it now.
          </p>
          <label className="field-label" htmlFor="workflow-publish-at">
            Publish at
          </label>
          <input
            className="workflow-modal__input"
            id="workflow-publish-at"
            onChange={(event) => publishAt.set(event.target.value)}
            type="datetime-local"
            value={publishAt.value}
          />
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" onClick={onCancel} size="large">
            Cancel
          </Button>
          <Button disabled={busy || !publishAt.value} onClick={onSchedule} size="large">
            Schedule
          </Button>
        </div>
      </div>
    </Modal>
  )
}
