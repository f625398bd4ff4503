import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { reviewerOrAdmin } from '@/access/reviewerOrAdmin'
import { staff } from '@/access/staff'

/** Flags, maps and photos. Alt text is required: every image must make sense read aloud. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    read: anyone,
    create: staff,
    // Media is not versioned: changing a file in place would change published pages without a
    // review, so editors upload new files and reviewers change or remove existing ones.
    update: reviewerOrAdmin,
    delete: reviewerOrAdmin,
  },
  admin: { group: 'Content' },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'Describe the image for readers who cannot see it.' },
    },
    { name: 'credit', type: 'text', admin: { description: 'Author and licence.' } },
  ],
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR || '.data/media'),
    mimeTypes: ['image/*'],
  },
}
