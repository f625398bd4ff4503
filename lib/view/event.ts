import { cache } from 'react'

import { citationRegistry, rowCitations, type NumberedReference } from '@/lib/citations'
import { TAGS, tagPage } from '@/lib/freshness'
import { getPayloadClient } from '@/lib/payload'
import { idOf } from '@/lib/relationId'
import { loadEventPage, type EventPageData } from '@/lib/queries/eventContext'
import { readOptions } from '@/lib/queries/readOptions'

import { eventFactsView, reactionViews, type EventFactsView, type ReactionView } from './eventFacts'
import { figureHistory, type FigureHistory } from './figureHistory'

export type EventView = {
  data: EventPageData
  facts: EventFactsView
  reactions: ReactionView[]
  history: FigureHistory[]
  references: NumberedReference[]
}

/**
 * The event page, citation-numbered in the order it shows them: the facts (perpetrators),
 * the figures table, then the reactions.
 */
export const eventView = (data: EventPageData): EventView => {
  const { event, reactions, references } = data
  const citations = citationRegistry(
    [
      ...rowCitations('perpetrator', event.perpetrators),
      ...rowCitations('figure', event.figures),
      ...rowCitations('reaction', reactions),
    ],
    references,
  )
  return {
    data,
    facts: eventFactsView({
      event,
      partOf: data.partOf,
      victimsArticle: data.victimsArticle,
      citations,
      locationSource: references.get(idOf(event.location?.reference) ?? -1) ?? null,
    }),
    reactions: reactionViews(reactions, citations),
    // The figures table carries the figures' citations; the timeline repeats none.
    history: figureHistory(event.figures),
    references: citations.numbered,
  }
}

export const getEventData = cache(async (slug: string) => {
  const data = await loadEventPage(await getPayloadClient(), slug, await readOptions())
  await tagPage(TAGS.eventSlug(slug), ...(data?.tags ?? []))
  return data
})

export const getEventView = cache(async (slug: string): Promise<EventView | null> => {
  const data = await getEventData(slug)
  return data ? eventView(data) : null
})
