'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

/**
 * The document's status in the header, without Payload's "Revert to published": that link
 * publishes the old revision again over the workflow's head and is refused for everyone but
 * admins. An old revision comes back through Versions (restore as a draft, then review).
 */
export function WorkflowStatus() {
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { t } = useTranslation()
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
