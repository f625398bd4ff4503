import type { DateFieldValidation } from 'payload'

import { validateCalendarDate } from './calendarDate'

/**
 * Any date field: a real calendar day (no 30 February) within years 1–9999, the range
 * both JavaScript and PostgreSQL represent without surprises.
 */
export const validateDateValue = (value: unknown, required = false): string | true => {
  const calendar = validateCalendarDate(value, required)
  if (calendar !== true || value === null || value === undefined || value === '') return calendar
  const year = new Date(value instanceof Date ? value : String(value)).getUTCFullYear()
  return (year >= 1 && year <= 9999) || 'A date must fall between the years 1 and 9999.'
}

/** Validation of a date field (Payload's signature). */
export const validateDate: DateFieldValidation = (value, { required }) =>
  validateDateValue(value, Boolean(required))

const day = (value: unknown) =>
  String(value instanceof Date ? value.toISOString() : value).slice(0, 10)

/** An end date: a valid date that is not before the start date beside it. */
export const validateEndDate: DateFieldValidation = (value, { siblingData, required }) => {
  const valid = validateDateValue(value, Boolean(required))
  if (valid !== true || !value) return valid
  const start = (siblingData as { startDate?: unknown }).startDate
  if (!start || validateDateValue(start) !== true) return true
  return (
    day(value) >= day(start) ||
    `The end date (${day(value)}) is before the start date (${day(start)}).`
  )
}
