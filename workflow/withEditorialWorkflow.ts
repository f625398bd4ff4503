import type { CollectionConfig, CollectionSlug } from 'payload'

import { deleteUnpublishedOrReviewer } from '@/access/deleteUnpublishedOrReviewer'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { publishedVersionsOrStaff } from '@/access/publishedVersionsOrStaff'
import { staffExceptPublishing } from '@/access/staffExceptPublishing'

import { enforceCitationChecks } from './checks/enforceCitationChecks'
import { citationCheckEndpoints, citationCheckFields } from './checks/register'
import { workflowFields } from './fields'
import { auditDeletion, auditWorkflow } from './hooks/auditWorkflow'
import { captureOperation } from './hooks/captureOperation'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { refuseDeletingPublished } from './hooks/refuseDeletingPublished'
import { cancelSchedulesOnSave } from './schedule'
import { scheduleEndpoints } from './scheduleEndpoint'
import type { WorkflowCollection } from './states'

/**
 * The editorial workflow (docs/architecture.md), written once and applied to every content
 * collection (articles, events, references, reactions): drafts with the whole history kept,
 * readers limited to published documents, and every write — REST, GraphQL, Local API, restore,
 * bulk update, scheduled publish — through the same access rules and `enforceWorkflow` hook.
 */
export const withEditorialWorkflow = <TSlug extends CollectionSlug>(
  config: CollectionConfig<TSlug>,
): CollectionConfig<TSlug> => {
  const defaultColumns = config.admin?.defaultColumns?.flatMap((column) =>
    column === '_status' ? ['workflowState', '_status'] : [column],
  )
  return {
    ...config,
    access: {
      read: publishedOrStaff,
      readVersions: publishedVersionsOrStaff,
      create: staffExceptPublishing,
      update: staffExceptPublishing,
      delete: deleteUnpublishedOrReviewer,
      ...config.access,
    },
    admin: {
      ...config.admin,
      defaultColumns,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          beforeDocumentControls: ['@/components/admin/WorkflowActions#WorkflowActions'],
          PublishButton: '@/components/admin/PublishControl#PublishControl',
          Status: '@/components/admin/WorkflowStatus#WorkflowStatus',
        },
      },
    },
    endpoints: [
      ...(config.endpoints || []),
      ...scheduleEndpoints(config.slug as WorkflowCollection),
      ...citationCheckEndpoints(config.slug),
    ],
    fields: [...config.fields, ...workflowFields, ...citationCheckFields(config.slug)],
    hooks: {
      ...config.hooks,
      // Payload types collection hooks per slug; these are written for any collection.
      beforeOperation: [
        captureOperation as never,
        refuseDeletingPublished as never,
        ...(config.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [enforceWorkflow, enforceCitationChecks, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), auditWorkflow, cancelSchedulesOnSave],
      afterDelete: [...(config.hooks?.afterDelete ?? []), auditDeletion],
    },
    versions: {
      drafts: { validate: true, schedulePublish: true },
      maxPerDoc: 0,
    },
  }
}
