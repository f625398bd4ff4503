import type { CollectionConfig, FieldHook } from 'payload'

import { calendarDateField } from '@/fields/calendarDate'
import { urlField } from '@/fields/url'
import { adminOptions, CITATION_TYPES, URL_STATUSES } from '@/lib/vocabulary'
import { withEditorialWorkflow } from '@/workflow/withEditorialWorkflow'

import { rejectDuplicateUrl } from './hooks/rejectDuplicateUrl'
import { revalidateReference } from './hooks/revalidateReference'

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * "Title — Work, 19 September 2013": how the admin names a reference (the picker in a
 * citation, related lists, breadcrumbs), so two reports of the same event can be told apart.
 */
const referenceLabel: FieldHook = ({ siblingData }) => {
  const { title, work, date } = siblingData as { title?: string; work?: string; date?: string }
  const day = date && !Number.isNaN(Date.parse(date)) ? DAY.format(new Date(date)) : ''
  const source = [work?.trim(), day].filter(Boolean).join(', ')
  return [title?.trim(), source].filter(Boolean).join(' — ')
}

/** Citations with the fields of Wikipedia's Cite news / Cite web templates. */
export const References: CollectionConfig<'references'> = withEditorialWorkflow({
  slug: 'references',
  defaultPopulate: {
    citationType: true,
    title: true,
    authors: true,
    work: true,
    publisher: true,
    date: true,
    url: true,
    format: true,
    archiveUrl: true,
    archiveDate: true,
    accessDate: true,
    urlStatus: true,
    language: true,
    quote: true,
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['title', 'work', 'date', 'urlStatus', '_status'],
    group: 'Content',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'citationType',
          type: 'select',
          required: true,
          defaultValue: 'news',
          options: adminOptions(CITATION_TYPES),
        },
        { name: 'language', type: 'text', admin: { description: 'If not English, e.g. "fr".' } },
        { name: 'format', type: 'text', admin: { description: 'e.g. PDF' } },
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 400 },
    {
      name: 'authors',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'last', type: 'text', required: true },
            { name: 'first', type: 'text' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'work',
          type: 'text',
          admin: { description: 'Newspaper, magazine or website, e.g. "Los Angeles Times".' },
        },
        { name: 'publisher', type: 'text' },
        calendarDateField({ name: 'date' }),
      ],
    },
    urlField({ name: 'url', label: 'URL' }),
    {
      name: 'normalizedUrl',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'urlStatus',
          type: 'select',
          defaultValue: 'live',
          options: adminOptions(URL_STATUSES),
        },
        calendarDateField({ name: 'accessDate', label: 'Retrieved' }),
      ],
    },
    {
      type: 'row',
      fields: [
        urlField({ name: 'archiveUrl', label: 'Archive URL' }),
        calendarDateField({ name: 'archiveDate' }),
      ],
    },
    { name: 'quote', type: 'textarea' },
    {
      name: 'label',
      type: 'text',
      index: true,
      admin: {
        hidden: true,
        disableListColumn: true,
        components: { Diff: '@/components/admin/HiddenDiff#HiddenDiff' },
      },
      hooks: { beforeChange: [referenceLabel] },
    },
  ],
  hooks: {
    beforeValidate: [rejectDuplicateUrl],
    afterChange: [revalidateReference.afterChange],
    afterDelete: [revalidateReference.afterDelete],
  },
})
