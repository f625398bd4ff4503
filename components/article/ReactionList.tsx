import type { ReactionView } from '@/lib/view/eventFacts'

import { Cite } from './Cite'

type Props = {
  reactions: ReactionView[]
  /** An article lists them as prose; an event page compares them in a table. */
  layout: 'list' | 'table'
}

/** An event's reactions, in date order, each with its source. */
export function ReactionList({ reactions, layout }: Props) {
  if (layout === 'table') {
    return (
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Date</th>
              <th scope="col">Stance</th>
              <th scope="col">Statement</th>
            </tr>
          </thead>
          <tbody>
            {reactions.map((reaction) => (
              <tr key={reaction.id}>
                <th scope="row">
                  {reaction.actor}
                  {reaction.country ? (
                    <span className="reaction-country"> ({reaction.country})</span>
                  ) : null}
                </th>
                <td>
                  <time dateTime={reaction.isoDate}>{reaction.dateText}</time>
                </td>
                <td>{reaction.stanceLabel}</td>
                <td>
                  {reaction.statement}
                  <Cite mark={reaction.citation} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )
  }
  return (
    <ul className="reactions">
      {reactions.map((reaction) => (
        <li key={reaction.id}>
          <strong className="reaction-actor">{reaction.actor}</strong>
          {reaction.country ? (
            <span className="reaction-country"> ({reaction.country})</span>
          ) : null}
          {', '}
          <time dateTime={reaction.isoDate}>{reaction.dateText}</time>
          {' · '}
          <span className={`stance stance-${reaction.stance}`}>{reaction.stanceLabel}</span>
          <p>
            {reaction.statement}
            {reaction.quote ? <q className="reaction-quote"> {reaction.quote}</q> : null}
            <Cite mark={reaction.citation} />
          </p>
        </li>
      ))}
    </ul>
  )
}
