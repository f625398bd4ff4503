import type { Reference } from '@/payload-types'

import { formatDate } from './date'

/** A piece of a formatted citation: text, optionally linked or in italics. */
export type Segment = { text: string; href?: string; italic?: boolean }

export type CitableReference = Pick<
  Reference,
  | 'title'
  | 'authors'
  | 'work'
  | 'publisher'
  | 'date'
  | 'url'
  | 'format'
  | 'archiveUrl'
  | 'archiveDate'
  | 'accessDate'
  | 'urlStatus'
  | 'language'
  | 'quote'
>

const authorList = (authors: CitableReference['authors']) =>
  (authors ?? []).map(({ last, first }) => (first ? `${last}, ${first}` : last)).join('; ')

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

/**
 * Formats a reference the way Wikipedia's Cite news does:
 * `Williams, Carol J. (19 September 2013). "Title". Work. Archived from the original on
 * 5 November 2013. Retrieved 30 October 2013.`
 * A dead link points the title at the archive copy.
 */
export const formatReference = (reference: CitableReference): Segment[] => {
  const segments: Segment[] = []
  const authors = authorList(reference.authors)
  const date = formatDate(reference.date)
  const isDead = reference.urlStatus && reference.urlStatus !== 'live'
  const titleHref = (isDead && reference.archiveUrl) || reference.url || undefined

  if (authors) segments.push({ text: `${authors}${date ? ` (${date})` : ''}. ` })
  segments.push({ text: `"${reference.title}"`, href: titleHref })
  if (reference.format) segments.push({ text: ` (${reference.format})` })
  if (reference.language) segments.push({ text: ` (in ${reference.language})` })
  segments.push({ text: '. ' })
  if (reference.work) segments.push({ text: reference.work, italic: true }, { text: '. ' })
  if (reference.publisher) segments.push({ text: `${sentence(reference.publisher)} ` })
  if (!authors && date) segments.push({ text: `${date}. ` })

  if (reference.archiveDate || reference.archiveUrl) {
    const archived = reference.format ? `Archived (${reference.format})` : 'Archived'
    segments.push(
      { text: archived, href: reference.archiveUrl ?? undefined },
      { text: ' from ' },
      { text: 'the original', href: reference.url ?? undefined },
      { text: reference.archiveDate ? ` on ${formatDate(reference.archiveDate)}. ` : '. ' },
    )
  }
  if (reference.accessDate)
    segments.push({ text: `Retrieved ${formatDate(reference.accessDate)}. ` })
  if (reference.quote) segments.push({ text: `"${reference.quote}"` })

  const last = segments[segments.length - 1]
  last.text = last.text.trimEnd()
  return segments
}

export const referenceText = (reference: CitableReference): string =>
  formatReference(reference)
    .map((segment) => segment.text)
    .join('')
