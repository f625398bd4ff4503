import { listEventsForExport, type ExportedEvent } from '@/lib/queries/eventExport'
import { absoluteUrl } from '@/lib/siteUrl'
import { EVENT_TYPE_LABELS } from '@/lib/vocabulary'

import { isoDay } from './date'
import { figureValue, groupFigures } from './figures'

/** The columns of the events download, in order; the JSON uses the same names. */
const COLUMNS = [
  'name',
  'url',
  'type',
  'startDate',
  'endDate',
  'datePrecision',
  'place',
  'region',
  'country',
  'latitude',
  'longitude',
  'deaths',
  'injured',
  'missing',
  'detained',
  'displaced',
  'updatedAt',
] as const

type Row = Record<(typeof COLUMNS)[number], null | number | string>

/** Each source's figure of a kind, preferred first: "52 (UNAMI); 53 (PMOI)". */
const figuresOf = (event: ExportedEvent, kind: string) =>
  groupFigures(event.figures)
    .find((group) => group.kind === kind)
    ?.claims.map((claim) => `${figureValue(claim)} (${claim.claimedBy})`)
    .join('; ') ?? null

export const exportRow = (event: ExportedEvent): Row => ({
  name: event.name,
  url: absoluteUrl(`/events/${event.slug}`),
  type: EVENT_TYPE_LABELS[event.type],
  startDate: isoDay(event.startDate) ?? null,
  endDate: isoDay(event.endDate) ?? null,
  datePrecision: event.datePrecision,
  place: event.location?.place ?? null,
  region: event.location?.region ?? null,
  country: event.location?.country ?? null,
  latitude: event.location?.latitude ?? null,
  longitude: event.location?.longitude ?? null,
  deaths: figuresOf(event, 'deaths'),
  injured: figuresOf(event, 'injured'),
  missing: figuresOf(event, 'missing'),
  detained: figuresOf(event, 'detained'),
  displaced: figuresOf(event, 'displaced'),
  updatedAt: event.updatedAt,
})

// A spreadsheet evaluates a cell that starts with one of these as a formula
// (`=HYPERLINK(…)`), whatever the column: OWASP's "CSV injection" advice is to prefix such a
// text cell with a quote, which the spreadsheet shows as text. Numbers are left as they are.
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; text a
 * spreadsheet would evaluate is neutralised first.
 */
const csvField = (value: null | number | string) => {
  const text =
    value === null
      ? ''
      : typeof value === 'string' && FORMULA_START.test(value)
        ? `'${value}`
        : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const toCsv = (rows: Row[]) =>
  [
    COLUMNS.join(','),
    ...rows.map((row) => COLUMNS.map((column) => csvField(row[column])).join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('')

const pageParam = (request: Request): number | null => {
  const value = new URL(request.url).searchParams.get('page')
  if (value === null) return 1
  return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : null
}

/**
 * A page of the published events as CSV or JSON, for the route handlers /events.csv and
 * /events.json; further pages are linked (`?page=`) from a `Link` header and in the JSON.
 */
export async function eventsDownload(request: Request, format: 'csv' | 'json') {
  const page = pageParam(request)
  if (page === null) {
    return Response.json(
      { error: 'The "page" parameter must be a whole number from 1.' },
      { status: 400 },
    )
  }
  const result = await listEventsForExport(page)
  if (page > result.totalPages) {
    return Response.json(
      { error: `The "page" parameter is past the last page (${result.totalPages}).` },
      { status: 404 },
    )
  }
  const path = `/events.${format}`
  const pageUrl = (number: number) => absoluteUrl(`${path}?page=${number}`)
  const next = page < result.totalPages ? pageUrl(page + 1) : null
  const rows = result.events.map(exportRow)
  const headers = new Headers({
    'Cache-Control': 'public, s-maxage=300, stale-while-revalidate=86400',
    'X-Total-Count': String(result.totalDocs),
  })
  if (next) headers.set('Link', `<${next}>; rel="next"`)
  if (format === 'csv') {
    headers.set('Content-Type', 'text/csv; charset=utf-8; header=present')
    headers.set('Content-Disposition', `inline; filename="annals-events-${page}.csv"`)
    return new Response(toCsv(rows), { headers })
  }
  return Response.json(
    {
      page,
      totalPages: result.totalPages,
      totalEvents: result.totalDocs,
      next,
      events: rows,
    },
    { headers },
  )
}
