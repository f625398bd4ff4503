import type { DateField, FieldHook } from 'payload'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/**
 * Checks that a value names a day that exists: JavaScript's Date.parse accepts
 * "2013-02-30" and quietly moves it to 2 March, which would corrupt a historical record.
 */
export const validateCalendarDate = (value: unknown, required = false): string | true => {
  if (value === null || value === undefined || value === '') {
    return required ? 'A date is required.' : true
  }
  const text = value instanceof Date ? value.toISOString() : String(value)
  const match = ISO_DATE.exec(text)
  if (!match || Number.isNaN(Date.parse(text))) return `"${text}" is not a date (use YYYY-MM-DD).`
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return exists || `${match[0]} is not a real calendar date.`
}

/**
 * Calendar days are stored at noon UTC so that no reader's time zone moves them to the day
 * before or after.
 */
const atNoonUtc: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  const match = ISO_DATE.exec(value)
  return match && validateCalendarDate(value) === true ? `${match[0]}T12:00:00.000Z` : value
}

type Options = Omit<DateField, 'type' | 'validate'>

/** A date field for a calendar day (no time of day), validated strictly. */
export const calendarDateField = ({ required, admin, ...field }: Options): DateField => ({
  ...field,
  type: 'date',
  required,
  admin: { ...admin, date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
  hooks: { beforeChange: [atNoonUtc] },
  validate: (value: unknown) => validateCalendarDate(value, required),
})
