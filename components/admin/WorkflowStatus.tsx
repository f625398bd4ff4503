'use client'

import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { Status } from '@payloadcms/ui/elements/Status'
import React from 'react'

import { mayPublishDirectly } from '@/workflow/machine'

/**
 * The document's status in the header. Payload's own adds "Revert to published", which
 * publishes the old revision again: only admins may publish directly, so everyone else sees
 * the status alone (a reviewer reverts by restoring the revision as a draft in Versions).
 */
export function WorkflowStatus() {
  const { user } = useAuth()
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { t } = useTranslation()
  if (mayPublishDirectly((user as { roles?: string[] } | null)?.roles)) return <Status />
  const status = !hasPublishedDoc ? 'draft' : unpublishedVersionCount > 0 ? 'changed' : 'published'
  const label = t(`version:${status}` as Parameters<typeof t>[0])
  return (
    <div className="status" title={`${t('version:status')}: ${label}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{label}</span>
      </div>
    </div>
  )
}
