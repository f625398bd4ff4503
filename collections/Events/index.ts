import type { CollectionConfig } from 'payload'

import { calendarDateField } from '@/fields/calendarDate'
import { slugField } from '@/fields/slug'
import { validateEndDate } from '@/fields/validateDate'
import { adminOptions, ATTRIBUTIONS, DATE_PRECISIONS, EVENT_TYPES } from '@/lib/vocabulary'
import { withEditorialWorkflow } from '@/workflow/withEditorialWorkflow'

import { countryOutline } from './endpoints/countryOutline'
import { figuresField } from './figures'
import { locationField } from './location'
import { revalidateEvent } from './hooks/revalidateEvent'

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
    locationField,
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
  endpoints: [countryOutline],
  hooks: {
    afterChange: [revalidateEvent.afterChange],
    afterDelete: [revalidateEvent.afterDelete],
  },
})
