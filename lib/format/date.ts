const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export type DatePrecision = 'day' | 'month' | 'year'

/**
 * "1 September 2013", in UTC: calendar days are stored at noon UTC and must read the same
 * wherever the page is rendered.
 */
export const formatDate = (
  value: Date | null | string | undefined,
  precision: DatePrecision = 'day',
): string => {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const year = date.getUTCFullYear()
  const month = MONTHS[date.getUTCMonth()]
  if (precision === 'year') return `${year}`
  if (precision === 'month') return `${month} ${year}`
  return `${date.getUTCDate()} ${month} ${year}`
}

/** "19 July 1988 – 3 April 2007", or one date when the event lasted a day. */
export const formatDateRange = (
  start: null | string | undefined,
  end: null | string | undefined,
  precision: DatePrecision = 'day',
): string => {
  const from = formatDate(start, precision)
  const to = formatDate(end, precision)
  return to && to !== from ? `${from} – ${to}` : from
}

/** The ISO calendar day, for `<time dateTime>` and structured data. */
export const isoDay = (value: null | string | undefined): string | undefined =>
  value ? new Date(value).toISOString().slice(0, 10) : undefined
