import { cache } from 'react'

import type { Payload } from 'payload'

import { citedPassages } from '@/lib/citations'
import { formatDate, isoDay } from '@/lib/format/date'
import { figureValue } from '@/lib/format/figures'
import { formatReference, type Segment } from '@/lib/format/reference'
import type { Read } from '@/lib/queries/eventContext'
import {
  getReferenceData,
  loadReferenceData,
  type LinkCheckData,
  type ReferenceData,
} from '@/lib/queries/references'
import { idOf } from '@/lib/relationId'
import {
  ATTRIBUTION_LABELS,
  CITATION_TYPE_LABELS,
  FIGURE_LABELS,
  LINK_OUTCOME_LABELS,
  LINK_STATUS_LABELS,
  URL_STATUS_LABELS,
} from '@/lib/vocabulary'

export type CitingPage = {
  kind: 'article' | 'event'
  title: string
  href: string
  /** What the page says on the reference's authority: sentences, figures, statements. */
  passages: string[]
}

export type ReferencePage = {
  reference: ReferenceData['reference']
  /** What the link checker has found at the reference's address, if it has checked it. */
  linkCheck: LinkCheckData | null
  citing: CitingPage[]
  /** How many citing pages were left out past the limit. */
  more: number
}

/**
 * The pages citing the reference, each with what it says on the reference's authority: an
 * article's cited sentences, an event's figures, perpetrators and reactions.
 */
export const referencePage = (data: ReferenceData): ReferencePage => {
  const id = data.reference.id
  const eventPages = new Map<number, CitingPage>()
  for (const event of data.events) {
    eventPages.set(event.id, {
      kind: 'event',
      title: event.name,
      href: `/events/${event.slug}`,
      passages: [
        ...(event.figures ?? [])
          .filter((figure) => idOf(figure.reference) === id)
          .map(
            (figure) =>
              `${FIGURE_LABELS[figure.kind]}: ${figureValue(figure)} (${figure.claimedBy})`,
          ),
        ...(event.perpetrators ?? [])
          .filter((perpetrator) => idOf(perpetrator.reference) === id)
          .map(
            (perpetrator) =>
              `Perpetrator: ${perpetrator.party} (${ATTRIBUTION_LABELS[perpetrator.attribution]})`,
          ),
      ],
    })
  }
  for (const event of data.reactionEvents) {
    eventPages.set(event.id, {
      kind: 'event',
      title: event.name,
      href: `/events/${event.slug}`,
      passages: [],
    })
  }
  for (const reaction of data.reactions) {
    eventPages
      .get(idOf(reaction.event) ?? -1)
      ?.passages.push(`Reaction of ${reaction.actor}: ${reaction.statement}`)
  }
  return {
    reference: data.reference,
    linkCheck: data.linkCheck,
    citing: [
      ...data.articles.map((article) => ({
        kind: 'article' as const,
        title: article.title,
        href: `/articles/${article.slug}`,
        passages: citedPassages(article.body, id),
      })),
      ...[...eventPages.values()].sort((a, b) => a.title.localeCompare(b.title)),
    ],
    more: data.more,
  }
}

/** A reference and every page citing it ("what links here"), worded for its page. */
export const loadReferencePage = async (
  payload: Payload,
  id: number,
  read: Read,
): Promise<ReferencePage | null> => {
  const data = await loadReferenceData(payload, id, read)
  return data && referencePage(data)
}

/** One line of a reference's status history: what was known of its link, and when. */
export type StatusEntry = { isoDate?: string; dateText: string; status: string; detail?: string }

export type ReferenceView = {
  id: number
  title: string
  typeLabel: string
  segments: Segment[]
  url: string | null
  archiveUrl: string | null
  history: StatusEntry[]
  /** The link checker's verdict now, if it has checked the address. */
  linkStatus: string | null
  citing: CitingPage[]
  more: number
}

/**
 * A reference's page. Its status history is what the reference records (when it was
 * retrieved and archived, and the status an editor gave its link), then each check the link
 * checker made, oldest first.
 */
export const getReferenceView = cache(async (id: number): Promise<ReferenceView | null> => {
  const data = await getReferenceData(id)
  if (!data) return null
  const page = referencePage(data)
  const { reference } = page
  const history: StatusEntry[] = [
    ...(reference.accessDate
      ? [
          {
            isoDate: isoDay(reference.accessDate),
            dateText: formatDate(reference.accessDate),
            status: 'Retrieved',
            detail: 'The source was read and cited.',
          },
        ]
      : []),
    ...(reference.archiveDate || reference.archiveUrl
      ? [
          {
            isoDate: isoDay(reference.archiveDate),
            dateText: reference.archiveDate
              ? formatDate(reference.archiveDate)
              : 'Date not recorded',
            status: 'Archived',
            detail: 'A copy was saved in a web archive.',
          },
        ]
      : []),
    ...(reference.url
      ? [
          {
            isoDate: isoDay(reference.updatedAt),
            dateText: formatDate(reference.updatedAt),
            status: URL_STATUS_LABELS[reference.urlStatus ?? 'live'],
            detail: 'Status of the original address, as an editor recorded it.',
          },
        ]
      : []),
    ...(page.linkCheck?.history ?? []).map((check) => ({
      isoDate: isoDay(check.checkedAt),
      dateText: formatDate(check.checkedAt),
      status: LINK_OUTCOME_LABELS[check.outcome],
      detail: `Checked automatically${check.statusCode ? ` (HTTP ${check.statusCode})` : ''}.`,
    })),
  ]
  return {
    id: reference.id,
    title: reference.title,
    typeLabel: CITATION_TYPE_LABELS[reference.citationType],
    segments: formatReference(reference),
    url: reference.url ?? null,
    archiveUrl: reference.archiveUrl ?? null,
    history,
    linkStatus: page.linkCheck ? LINK_STATUS_LABELS[page.linkCheck.status] : null,
    citing: page.citing,
    more: page.more,
  }
})
