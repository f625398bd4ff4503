import type { Reaction } from '@/payload-types'
import { rowAnchor } from '@/lib/citations'
import { STANCE_LABELS } from '@/components/events/labels'
import { formatDate, isoDay } from '@/lib/format/date'

import type { CiteLookup } from './Cite'

/** The event's reactions, in date order, each with its source. */
export function Reactions({ reactions, cite }: { reactions: Reaction[]; cite: CiteLookup }) {
  return (
    <ul className="reactions">
      {reactions.map((reaction) => (
        <li key={reaction.id}>
          <strong className="reaction-actor">{reaction.actor}</strong>
          {reaction.country ? (
            <span className="reaction-country"> ({reaction.country})</span>
          ) : null}
          {', '}
          <time dateTime={isoDay(reaction.date)}>{formatDate(reaction.date)}</time>
          {' · '}
          <span className={`stance stance-${reaction.stance}`}>
            {STANCE_LABELS[reaction.stance]}
          </span>
          <p>
            {reaction.statement}
            {reaction.quote ? <q className="reaction-quote"> {reaction.quote}</q> : null}
            {cite(
              typeof reaction.reference === 'object' ? reaction.reference.id : reaction.reference,
              rowAnchor('reaction', reaction),
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}
