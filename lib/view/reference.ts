import { cache } from 'react'

import { formatDate, isoDay } from '@/lib/format/date'
import { formatReference, type Segment } from '@/lib/format/reference'
import { getReferencePage, type CitingPage } from '@/lib/queries/references'
import {
  CITATION_TYPE_LABELS,
  LINK_OUTCOME_LABELS,
  LINK_STATUS_LABELS,
  URL_STATUS_LABELS,
} from '@/lib/vocabulary'

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
  const page = await getReferencePage(id)
  if (!page) return null
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
