import type { Reaction } from '@/payload-types'
import { revalidateOn, TAGS } from '@/lib/freshness'
import { idOf } from '@/lib/relationId'

/**
 * Reactions appear on their event's page, on the articles about the event and on the page of
 * the reference they cite.
 */
const reactionTags = (reaction: Reaction, previous?: Reaction) => [
  TAGS.reaction(reaction.id),
  ...[idOf(reaction.event), idOf(previous?.event)].map((id) => id && TAGS.eventReactions(id)),
  ...[idOf(reaction.reference), idOf(previous?.reference)].map(
    (id) => id && TAGS.referenceReactions(id),
  ),
]

export const revalidateReaction = revalidateOn(reactionTags)
