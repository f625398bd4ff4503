import { statSync } from 'node:fs'
import path from 'node:path'
import type { CollectionConfig, UploadConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { reviewerOrAdmin } from '@/access/reviewerOrAdmin'
import { staff } from '@/access/staff'

const staticDir = path.resolve(process.env.MEDIA_DIR || '.data/media')

/**
 * A 404 for a file that is not on the disk. Payload answers a missing file with a 500 (and an
 * ERROR log line), as if the disk had lost it; a reader asking for a name that never existed
 * is no fault of the server. Found files, and names outside the directory (Payload refuses
 * them with a 400), go on to Payload's own handler.
 */
type FileHandler = NonNullable<UploadConfig['handlers']>[number]

// One stat of a local file, synchronous because Payload's handler type takes a Response or
// nothing, not a promise of either.
const missingFile: FileHandler = (_req, { params: { filename } }) => {
  const file = path.resolve(staticDir, filename)
  if (!file.startsWith(staticDir + path.sep)) return
  if (statSync(file, { throwIfNoEntry: false })?.isFile()) return
  const message = `No media file is named "${filename.slice(0, 100)}".`
  return Response.json(
    { errors: [{ message, data: { errors: [{ path: 'filename', message }] } }] },
    { status: 404 },
  )
}

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
    staticDir,
    handlers: [missingFile],
    mimeTypes: ['image/*'],
  },
}
