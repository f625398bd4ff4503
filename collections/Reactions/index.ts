import type { CollectionConfig } from 'payload'

import { calendarDateField } from '@/fields/calendarDate'
import { ACTOR_TYPES, adminOptions, STANCES } from '@/lib/vocabulary'
import { withEditorialWorkflow } from '@/workflow/withEditorialWorkflow'

import { revalidateReaction } from './hooks/revalidateReaction'

/** What governments, organisations and people said about an event, always with a source. */
export const Reactions: CollectionConfig<'reactions'> = withEditorialWorkflow({
  slug: 'reactions',
  admin: {
    useAsTitle: 'actor',
    defaultColumns: ['actor', 'event', 'stance', 'date', '_status'],
    group: 'Content',
  },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'actor',
          type: 'text',
          required: true,
          admin: { description: 'e.g. "Ban Ki-moon, UN Secretary-General"' },
        },
        {
          name: 'actorType',
          type: 'select',
          required: true,
          options: adminOptions(ACTOR_TYPES),
        },
        { name: 'country', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        calendarDateField({ name: 'date', required: true }),
        { name: 'stance', type: 'select', required: true, options: adminOptions(STANCES) },
      ],
    },
    {
      name: 'statement',
      type: 'textarea',
      required: true,
      admin: { description: 'What they said, summarised in our own words.' },
    },
    {
      name: 'quote',
      type: 'textarea',
      admin: { description: 'Optional: their exact words, as the reference gives them.' },
    },
    {
      name: 'reference',
      type: 'relationship',
      relationTo: 'references',
      required: true,
      admin: { description: 'Required: no reaction without a source.' },
    },
  ],
  hooks: {
    afterChange: [revalidateReaction.afterChange],
    afterDelete: [revalidateReaction.afterDelete],
  },
})
