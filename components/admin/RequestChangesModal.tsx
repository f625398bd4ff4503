'use client'

import { Button, Modal } from '@payloadcms/ui'
import React from 'react'

import type { Draft } from './useWorkflowSteps'

/** The reviewer's "what needs to change" before a change request is sent. */
export function RequestChangesModal({
  slug,
  comment,
  busy,
  onCancel,
  onSend,
}: {
  slug: string
  comment: Draft
  busy: boolean
  onCancel: () => void
  onSend: () => void
}) {
  return (
    <Modal className="confirmation-modal workflow-modal" closeOnBlur={false} slug={slug}>
      <div className="confirmation-modal__wrapper">
        <div className="confirmation-modal__content">
          <h1>Request changes</h1>
          <label className="field-label" htmlFor="workflow-review-comment">
            What needs to change?
          </label>
          <textarea
            className="workflow-modal__input"
            id="workflow-review-comment"
            onChange={(event) => comment.set(event.target.value)}
            rows={4}
            value={comment.value}
          />
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" onClick={onCancel} size="large">
            Cancel
          </Button>
          <Button disabled={busy || !comment.value.trim()} onClick={onSend} size="large">
            Send change request
          </Button>
        </div>
      </div>
    </Modal>
  )
}
