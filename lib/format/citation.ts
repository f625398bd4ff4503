import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'

import type { Reference } from '@/payload-types'
import { CITATION_TYPE_LABELS } from '@/lib/vocabulary'

import { formatDate } from './date'
import type { Segment } from './reference'

/**
 * Citations for export, in CSL-JSON (the Citation Style Language's data format, read by
 * Zotero, Pandoc and citeproc) and BibTeX. CSL-JSON is written here directly; BibTeX is
 * generated from it by citation-js (MIT), which handles BibTeX's escaping and name rules.
 */

export type CslDate = { 'date-parts': [number, number, number][] }

export type CslItem = {
  id: string
  'citation-key': string
  type: string
  title: string
  author?: ({ family: string; given?: string } | { literal: string })[]
  'container-title'?: string
  publisher?: string
  genre?: string
  medium?: string
  language?: string
  issued?: CslDate
  accessed?: CslDate
  URL?: string
}

const CSL_TYPES: Record<Reference['citationType'], string> = {
  news: 'article-newspaper',
  web: 'webpage',
  report: 'report',
  // CSL has no press release; a document with its genre says what it is.
  'press-release': 'document',
  book: 'book',
  journal: 'article-journal',
}

/** A calendar day as CSL's date parts: days are stored at noon UTC. */
export const cslDate = (value: null | string | undefined): CslDate | undefined => {
  if (!value) return undefined
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] }
}

const compact = <T extends Record<string, unknown>>(item: T): T =>
  Object.fromEntries(
    Object.entries(item).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as T

export const referenceKey = (reference: Pick<Reference, 'id'>) => `annals-reference-${reference.id}`

/** A reference as one CSL-JSON item. */
export const referenceCsl = (reference: Reference): CslItem =>
  compact({
    id: referenceKey(reference),
    'citation-key': referenceKey(reference),
    type: CSL_TYPES[reference.citationType],
    title: reference.title,
    author: reference.authors?.length
      ? reference.authors.map(({ last, first }) =>
          compact({ family: last, given: first ?? undefined }),
        )
      : undefined,
    'container-title': reference.work ?? undefined,
    publisher: reference.publisher ?? undefined,
    genre:
      reference.citationType === 'press-release'
        ? CITATION_TYPE_LABELS['press-release']
        : undefined,
    medium: reference.format ?? undefined,
    language: reference.language ?? undefined,
    issued: cslDate(reference.date),
    accessed: cslDate(reference.accessDate),
    URL: reference.url ?? reference.archiveUrl ?? undefined,
  })

// citation-js escapes braces in every field but `url`, which it writes as given (TeX's \url
// takes its argument verbatim): a brace there would close the field, and a `}` with a new
// line the entry. Percent-encoding them (and backslashes, spaces and control characters)
// names the same resource, as browsers encode them anyway.
const BIBTEX_URL_UNSAFE = /[{}\\\s\p{Cc}]/gu

/** A URL as BibTeX's `url` field can hold it. */
export const bibtexUrl = (url: string) =>
  url.replace(BIBTEX_URL_UNSAFE, (char) => encodeURIComponent(char))

/** CSL-JSON items as BibTeX entries. */
export const bibtexOf = (items: CslItem[]): string =>
  new Cite(items.map((item) => (item.URL ? { ...item, URL: bibtexUrl(item.URL) } : item)))
    .format('bibtex', { format: 'text' })
    .trim() + '\n'

/** How to cite an article of Annals. */
export type PageCitationInput = {
  title: string
  slug: string
  /** When the article first appeared, and when it last changed. */
  publishedAt: string
  updatedAt: string
  url: string
}

export const SITE_NAME = 'Annals'

export const pageCsl = ({
  title,
  slug,
  publishedAt,
  updatedAt,
  url,
}: PageCitationInput): CslItem => ({
  id: `annals-${slug}`,
  'citation-key': `annals-${slug}`,
  type: 'entry-encyclopedia',
  title,
  author: [{ literal: SITE_NAME }],
  'container-title': SITE_NAME,
  issued: cslDate(updatedAt ?? publishedAt),
  URL: url,
})

export type PageCitation =
  { style: 'APA' | 'MLA' | 'Chicago'; segments: Segment[] } | { style: 'BibTeX'; text: string }

const MONTHS_SHORT = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]

const usDate = (value: string) => {
  const [day, month, year] = formatDate(value).split(' ')
  return `${month} ${day}, ${year}`
}

/**
 * "Cite this page" in the three styles readers ask for most, plus BibTeX. An article is cited
 * as an entry of a reference work with no personal author, dated by its last revision (the
 * text the reader saw), as each style's guide says for wikis.
 */
export const citeThisPage = (input: PageCitationInput): PageCitation[] => {
  const { title, updatedAt, url } = input
  const date = new Date(updatedAt)
  const year = date.getUTCFullYear()
  const apaDate = `${year}, ${usDate(updatedAt).replace(/, \d+$/, '')}`
  const mlaDate = `${date.getUTCDate()} ${MONTHS_SHORT[date.getUTCMonth()]} ${year}`
  return [
    {
      style: 'APA',
      segments: [
        { text: `${title}. (${apaDate}). In ` },
        { text: SITE_NAME, italic: true },
        { text: `. ${url}` },
      ],
    },
    {
      style: 'MLA',
      segments: [
        { text: `“${title}.” ` },
        { text: SITE_NAME, italic: true },
        { text: `, ${mlaDate}, ${url.replace(/^https?:\/\//, '')}.` },
      ],
    },
    {
      style: 'Chicago',
      segments: [{ text: `“${title}.” ${SITE_NAME}. Last modified ${usDate(updatedAt)}. ${url}.` }],
    },
    { style: 'BibTeX', text: bibtexOf([pageCsl(input)]) },
  ]
}

/** A reference id from a URL segment, or nothing for anything but a positive whole number. */
export const referenceIdParam = (value: string): number | undefined =>
  /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined
