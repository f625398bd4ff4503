import type { ArrayField, NumberFieldSingleValidation } from 'payload'

import { validateDate } from '@/fields/validateDate'
import { adminOptions, FIGURE_KINDS, FIGURE_QUALIFIERS } from '@/lib/vocabulary'

type FigureRow = { value?: null | number; min?: null | number; max?: null | number }

// Beyond 2^53 a JSON number is silently rounded, and no casualty or displacement count comes
// near ten billion: a larger figure is a typing mistake.
const MAX_FIGURE = 10_000_000_000
const COUNT_MESSAGE = `A figure must be a whole number from 0 to ${MAX_FIGURE.toLocaleString('en')}.`

const validateCount = (value: null | number | undefined) =>
  value === null ||
  value === undefined ||
  (Number.isSafeInteger(value) && value >= 0 && value <= MAX_FIGURE)

const validateValue: NumberFieldSingleValidation = (value, { siblingData }) => {
  if (!validateCount(value)) return COUNT_MESSAGE
  const { min, max } = siblingData as FigureRow
  const hasRange = typeof min === 'number' && typeof max === 'number'
  return typeof value === 'number' || hasRange || 'Give a value, or both a minimum and a maximum.'
}

const validateMin: NumberFieldSingleValidation = (min) => validateCount(min) || COUNT_MESSAGE

const validateMax: NumberFieldSingleValidation = (max, { siblingData }) => {
  if (!validateCount(max)) return COUNT_MESSAGE
  const { min } = siblingData as FigureRow
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    return `The maximum (${max}) is below the minimum (${min}).`
  }
  return true
}

/**
 * Casualty and other figures, each attributed to whoever claims it: sources disagree, and the
 * infobox shows every claim rather than one bare number.
 */
export const figuresField: ArrayField = {
  name: 'figures',
  type: 'array',
  labels: { singular: 'Figure', plural: 'Figures' },
  admin: {
    description: 'One row per claim: "34 deaths according to the United Nations".',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: adminOptions(FIGURE_KINDS) },
        {
          name: 'qualifier',
          type: 'select',
          options: adminOptions(FIGURE_QUALIFIERS),
        },
        { name: 'value', type: 'number', validate: validateValue },
        { name: 'min', type: 'number', validate: validateMin },
        { name: 'max', type: 'number', validate: validateMax },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'claimedBy',
          type: 'text',
          required: true,
          admin: { description: 'Who gives this figure, e.g. "United Nations".' },
        },
        { name: 'reference', type: 'relationship', relationTo: 'references' },
        {
          name: 'asOf',
          type: 'date',
          validate: validateDate,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'preferred',
          type: 'checkbox',
          admin: { description: 'Listed first among figures of its kind.' },
        },
      ],
    },
    {
      name: 'note',
      type: 'text',
      maxLength: 300,
      admin: {
        description:
          'Why this figure differs from the preferred one (e.g. "counted before the camp was searched"). Required by the citation checks when it does.',
      },
    },
  ],
}
