import type { Reaction } from '@/payload-types'
import { revalidateOn, TAGS } from '@/lib/freshness'
import { idOf } from '@/lib/relationId'

/** Reactions appear on their event's page and on the articles about the event. */
const reactionTags = (reaction: Reaction, previous?: Reaction) => [
  TAGS.reaction(reaction.id),
  ...[idOf(reaction.event), idOf(previous?.event)].map((id) => id && TAGS.eventReactions(id)),
]

export const revalidateReaction = revalidateOn(reactionTags)
