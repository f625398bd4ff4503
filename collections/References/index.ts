import type { CollectionConfig } from 'payload'

import { calendarDateField } from '@/fields/calendarDate'
import { urlField } from '@/fields/url'
import { adminOptions, CITATION_TYPES, URL_STATUSES } from '@/lib/vocabulary'
import { withEditorialWorkflow } from '@/workflow/withEditorialWorkflow'

import { rejectDuplicateUrl } from './hooks/rejectDuplicateUrl'
import { revalidateDeletedReference, revalidateReference } from './hooks/revalidateReference'

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
    useAsTitle: 'title',
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
  ],
  hooks: {
    beforeValidate: [rejectDuplicateUrl],
    afterChange: [revalidateReference],
    afterDelete: [revalidateDeletedReference],
  },
})
