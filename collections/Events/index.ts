import type { CollectionConfig } from 'payload'

import { calendarDateField } from '@/fields/calendarDate'
import { slugField } from '@/fields/slug'
import { validateEndDate } from '@/fields/validateDate'
import { adminOptions, ATTRIBUTIONS, DATE_PRECISIONS, EVENT_TYPES } from '@/lib/vocabulary'
import { withEditorialWorkflow } from '@/workflow/withEditorialWorkflow'

import { figuresField } from './figures'
import { revalidateEvent } from './hooks/revalidateEvent'

const validateLatitude = (value: null | number | undefined) =>
  value === null ||
  value === undefined ||
  (value >= -90 && value <= 90) ||
  'Latitude must be between -90 and 90.'

const validateLongitude = (value: null | number | undefined) =>
  value === null ||
  value === undefined ||
  (value >= -180 && value <= 180) ||
  'Longitude must be between -180 and 180.'

export const Events: CollectionConfig<'events'> = withEditorialWorkflow({
  slug: 'events',
  defaultPopulate: { name: true, slug: true, startDate: true, type: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'startDate', '_status', 'updatedAt'],
    group: 'Content',
    livePreview: {
      url: ({ data }) => `/preview?path=${encodeURIComponent(`/events/${data.slug}`)}`,
    },
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slugField('name'),
    {
      name: 'alternativeNames',
      type: 'text',
      hasMany: true,
      admin: { description: 'Other names, e.g. "September 1 massacre".' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: adminOptions(EVENT_TYPES),
        },
        {
          name: 'partOf',
          type: 'relationship',
          relationTo: 'events',
          admin: { description: 'A wider conflict or series, e.g. the Iraq conflict.' },
          filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        calendarDateField({ name: 'startDate', required: true }),
        { ...calendarDateField({ name: 'endDate' }), validate: validateEndDate },
        {
          name: 'datePrecision',
          type: 'select',
          required: true,
          defaultValue: 'day',
          options: adminOptions(DATE_PRECISIONS),
          admin: { description: 'How much of the date the sources establish.' },
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'place', type: 'text' },
            { name: 'region', type: 'text' },
            { name: 'country', type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', validate: validateLatitude },
            { name: 'longitude', type: 'number', validate: validateLongitude },
          ],
        },
      ],
    },
    {
      name: 'victims',
      type: 'group',
      fields: [
        { name: 'text', type: 'text', label: 'Victims' },
        { name: 'article', type: 'relationship', relationTo: 'articles' },
        { name: 'flag', type: 'upload', relationTo: 'media' },
      ],
    },
    {
      name: 'perpetrators',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'party', type: 'text', required: true },
            {
              name: 'attribution',
              type: 'select',
              required: true,
              options: adminOptions(ATTRIBUTIONS),
            },
            { name: 'reference', type: 'relationship', relationTo: 'references' },
          ],
        },
      ],
    },
    figuresField,
  ],
  hooks: {
    afterChange: [revalidateEvent.afterChange],
    afterDelete: [revalidateEvent.afterDelete],
  },
})
