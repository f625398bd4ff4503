import type { FieldHook, TextField } from 'payload'

import { isSlug, slugify } from '@/lib/slugify'

// Shared with the reader site (heading anchors), which may not import admin fields/.
export { slugify }

const formatSlug =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * A unique, URL-safe slug. Left empty, it is made from `sourceField`; once set it only
 * changes when someone edits it, so published URLs stay stable.
 */
export const slugField = (sourceField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Part of the page address. Made from the ${sourceField} when left empty.`,
  },
  hooks: { beforeValidate: [formatSlug(sourceField)] },
  validate: (value: null | string | undefined) => {
    if (!value) return 'A slug is required.'
    return isSlug(value) || 'A slug may hold only lowercase letters, digits and hyphens.'
  },
})
