/**
 * Every option value the content model offers, with the label editors pick in the admin and
 * the label readers see. The collections build their `options` from here and the reader site
 * reads its labels from here, so the two can no longer drift apart. Values are stored in the
 * database: never rename one without a migration.
 */

export type Term<Value extends string = string> = {
  value: Value
  /** What the admin's select shows. */
  admin: string
  /** What a reader sees; where it differs from `admin`, it is the same meaning in running text. */
  reader: string
}

const term = <Value extends string>(value: Value, admin: string, reader = admin): Term<Value> => ({
  value,
  admin,
  reader,
})

export const EVENT_TYPES = [
  term('massacre', 'Massacre'),
  term('raid', 'Raid'),
  term('airstrike', 'Airstrike'),
  term('bombing', 'Bombing'),
  term('kidnapping', 'Kidnapping'),
  term('execution', 'Execution'),
  term('attack', 'Attack'),
  term('other', 'Other'),
] as const

export const DATE_PRECISIONS = [
  term('day', 'Day'),
  term('month', 'Month'),
  term('year', 'Year'),
] as const

/** Readers see an attribution in brackets after the party: "Iraqi Army (alleged)". */
export const ATTRIBUTIONS = [
  term('alleged', 'Alleged', 'alleged'),
  term('suspected', 'Suspected', 'suspected'),
  term('confirmed', 'Confirmed', 'confirmed'),
  term('claimed', 'Claimed responsibility', 'claimed responsibility'),
] as const

export const FIGURE_KINDS = [
  term('deaths', 'Deaths'),
  term('injured', 'Injured'),
  term('missing', 'Missing'),
  term('detained', 'Detained'),
  term('displaced', 'Displaced'),
] as const

/** Qualifiers read as the start of a number, "at least 52", in the admin and on the page. */
export const FIGURE_QUALIFIERS = [
  term('at-least', 'at least'),
  term('about', 'about'),
  term('up-to', 'up to'),
] as const

export const ACTOR_TYPES = [
  term('government', 'Government'),
  term('igo', 'Intergovernmental organisation'),
  term('ngo', 'NGO'),
  term('person', 'Person'),
  term('other', 'Other'),
] as const

/**
 * "other" used to read "Other" in the admin and "Statement" on the page; one label now, and
 * the one that says what it is: a statement that is none of the stances above.
 */
export const STANCES = [
  term('condemnation', 'Condemnation'),
  term('concern', 'Concern'),
  term('call-for-investigation', 'Call for investigation'),
  term('support', 'Support'),
  term('denial', 'Denial'),
  term('other', 'Other statement'),
] as const

export const CITATION_TYPES = [
  term('news', 'News'),
  term('web', 'Web'),
  term('report', 'Report'),
  term('press-release', 'Press release'),
  term('book', 'Book'),
  term('journal', 'Journal'),
] as const

export const URL_STATUSES = [
  term('live', 'Live', 'Live'),
  term('dead', 'Dead', 'Dead link'),
  term('unfit', 'Unfit', 'Unfit (the original now shows something else)'),
  term('usurped', 'Usurped', 'Usurped (the address belongs to someone else)'),
] as const

/** What the link checker found at a reference's address, check by check. */
export const LINK_OUTCOMES = [
  term('ok', 'Reachable'),
  term('client-error', 'Client error (4xx)', 'Not found or refused (4xx)'),
  term('server-error', 'Server error (5xx)', 'Server error (5xx)'),
  term('timeout', 'Timed out'),
  term('network-error', 'Network error', 'Unreachable'),
] as const

/** The link checker's verdict on an address, from its recent checks. */
export const LINK_STATUSES = [
  term('unchecked', 'Not checked yet'),
  term('live', 'Live'),
  term('failing', 'Failing'),
  term('dead', 'Dead', 'Dead link'),
] as const

type Values<Terms extends readonly Term[]> = Terms[number]['value']

/** A select field's `options`, with the admin's labels. */
export const adminOptions = (terms: readonly Term[]) =>
  terms.map(({ value, admin }) => ({ value, label: admin }))

/** The values alone, for types and validation. */
export const valuesOf = <Terms extends readonly Term[]>(terms: Terms): Values<Terms>[] =>
  terms.map((entry) => entry.value)

/** Reader labels by value. */
export const readerLabels = <Terms extends readonly Term[]>(
  terms: Terms,
): Record<Values<Terms>, string> =>
  Object.fromEntries(terms.map(({ value, reader }) => [value, reader])) as Record<
    Values<Terms>,
    string
  >

export const EVENT_TYPE_LABELS = readerLabels(EVENT_TYPES)
export const ATTRIBUTION_LABELS = readerLabels(ATTRIBUTIONS)
export const FIGURE_LABELS = readerLabels(FIGURE_KINDS)
export const QUALIFIER_LABELS = readerLabels(FIGURE_QUALIFIERS)
export const STANCE_LABELS = readerLabels(STANCES)
export const CITATION_TYPE_LABELS = readerLabels(CITATION_TYPES)
export const URL_STATUS_LABELS = readerLabels(URL_STATUSES)
export const LINK_OUTCOME_LABELS = readerLabels(LINK_OUTCOMES)
export const LINK_STATUS_LABELS = readerLabels(LINK_STATUSES)

/** The query keys that filter the list of events (one list for the app and next.config.mjs). */
export { EVENT_FILTER_KEYS, EVENTS_MAP_QUERY_KEYS } from './eventFilters.mjs'
