'use client'

import {
  Button,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useFormModified,
} from '@payloadcms/ui'
import React, { useState } from 'react'

type Role = 'editor' | 'reviewer' | 'admin'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

/**
 * Submit for review, Approve and Request changes on a document, shown only to those who may
 * use them. Each is an ordinary update through the REST API, so the server's workflow rules
 * decide; these buttons only spare people the ones that would be refused.
 */
export function WorkflowActions() {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields.workflowState?.value) as string | undefined
  const author = useFormFields(([fields]) => idOf(fields.lastEditedBy?.value))
  const [comment, setComment] = useState('')
  const [requesting, setRequesting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!id || !collectionSlug || !user) return null
  const roles = ((user as { roles?: Role[] }).roles ?? []) as Role[]
  const isReviewer = roles.includes('reviewer') || roles.includes('admin')
  const isAdmin = roles.includes('admin')
  const ownRevision = String(author) === String(user.id)

  const send = async (query: string, body: Record<string, unknown>) => {
    setBusy(true)
    setError(null)
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}${query}`,
      {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      },
    )
    if (response.ok) {
      window.location.reload()
      return
    }
    const result = (await response.json().catch(() => ({}))) as {
      errors?: { message: string; data?: { errors?: { message: string }[] } }[]
    }
    const first = result.errors?.[0]
    setError(first?.data?.errors?.[0]?.message ?? first?.message ?? 'The action failed.')
    setBusy(false)
  }

  const canSubmit = state === 'draft' || state === 'changes_requested'
  const canReview = state === 'in_review' && isReviewer && (isAdmin || !ownRevision)

  return (
    <div className="workflow-actions" aria-label="Review workflow" role="group">
      {canSubmit && (
        <Button
          buttonStyle="secondary"
          disabled={busy || modified}
          tooltip={modified ? 'Save your draft first' : undefined}
          onClick={() => send('?draft=true', { workflowState: 'in_review' })}
        >
          Submit for review
        </Button>
      )}
      {canReview && (
        <Button
          buttonStyle="primary"
          disabled={busy || modified}
          onClick={() => send('', { _status: 'published', updatedAt: data?.updatedAt })}
        >
          Approve
        </Button>
      )}
      {canReview && !requesting && (
        <Button
          buttonStyle="secondary"
          disabled={busy || modified}
          onClick={() => setRequesting(true)}
        >
          Request changes
        </Button>
      )}
      {state === 'in_review' && isReviewer && !isAdmin && ownRevision && (
        <span className="workflow-actions__note">Another reviewer must approve your revision.</span>
      )}
      {canReview && requesting && (
        <div className="workflow-actions__request">
          <label htmlFor="workflow-review-comment">What needs to change?</label>
          <textarea
            id="workflow-review-comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <Button
            buttonStyle="primary"
            disabled={busy || !comment.trim()}
            onClick={() =>
              send('?draft=true', {
                workflowState: 'changes_requested',
                reviewComment: comment,
                updatedAt: data?.updatedAt,
              })
            }
          >
            Send change request
          </Button>
        </div>
      )}
      {error && (
        <p className="workflow-actions__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
