import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Reaction } from '@/payload-types'
import { TAGS } from '@/lib/cacheTags'
import { announceChange, touchesReaders, type Change } from '@/lib/revalidate'
import { idOf } from '@/lib/relationId'

/** Reactions appear on their event's page and on the articles about the event. */
const reactionChange = (reaction: Reaction, previous?: Reaction): Change => ({
  tags: [
    TAGS.reaction(reaction.id),
    ...[idOf(reaction.event), idOf(previous?.event)].map((id) => id && TAGS.eventReactions(id)),
  ].filter((tag): tag is string => Boolean(tag)),
})

export const revalidateReaction: CollectionAfterChangeHook<Reaction> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (touchesReaders({ doc, previousDoc, context: req.context })) {
    await announceChange(req, reactionChange(doc, previousDoc))
  }
  return doc
}

export const revalidateDeletedReaction: CollectionAfterDeleteHook<Reaction> = async ({
  doc,
  req,
}) => {
  if (touchesReaders({ doc, context: req.context })) await announceChange(req, reactionChange(doc))
  return doc
}
