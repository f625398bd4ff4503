'use client'

import { PublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

import { mayPublishDirectly } from '@/workflow/machine'

/**
 * Payload's "Publish changes" (with its Schedule menu), for admins only: they may publish
 * directly. Everyone else publishes through the workflow's Approve, which names the revision
 * the reviewer saw; Payload's button would send the whole form and be refused.
 */
export function PublishControl() {
  const { user } = useAuth()
  if (!mayPublishDirectly((user as { roles?: string[] } | null)?.roles)) return null
  return <PublishButton />
}
