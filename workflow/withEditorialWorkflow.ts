import type { CollectionConfig, CollectionSlug } from 'payload'

import { publishedOrStaff } from '@/access/publishedOrStaff'
import { publishedVersionsOrStaff } from '@/access/publishedVersionsOrStaff'
import { staff } from '@/access/staff'
import { hasRole } from '@/access/roles'

/**
 * The editorial workflow, written once and applied to every content collection (articles,
 * events, references, reactions): drafts with the whole history kept, readers limited to
 * published documents, the team to their roles.
 */
export const withEditorialWorkflow = <TSlug extends CollectionSlug>(
  config: CollectionConfig<TSlug>,
): CollectionConfig<TSlug> => ({
  ...config,
  access: {
    read: publishedOrStaff,
    readVersions: publishedVersionsOrStaff,
    create: staff,
    update: staff,
    delete: ({ req: { user } }) => hasRole(user, 'reviewer', 'admin'),
    ...config.access,
  },
  versions: {
    drafts: { validate: true },
    maxPerDoc: 0,
  },
})
