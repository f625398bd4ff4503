import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { staff } from '@/access/staff'
import { hasRole } from '@/access/roles'

/** Flags, maps and photos. Alt text is required: every image must make sense read aloud. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    read: anyone,
    create: staff,
    update: staff,
    delete: ({ req: { user } }) => hasRole(user, 'reviewer', 'admin'),
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
