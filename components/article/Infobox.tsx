import Link from 'next/link'
import { Fragment } from 'react'

import { ATTRIBUTION_LABELS, placeOf } from '@/components/events/labels'
import type { Article, Event } from '@/payload-types'
import type { MediaCard } from '@/lib/queries/articles'
import { formatDateRange } from '@/lib/format/date'
import { figureValue, groupFigures } from '@/lib/format/figures'

import type { CiteLookup } from './Cite'
import { rowAnchor } from '@/lib/citations'
import { idOf } from '@/lib/relationId'

type Props = {
  title: string
  event: Event
  partOf: Pick<Event, 'name' | 'slug'> | null
  victimsArticle: Pick<Article, 'title' | 'slug'> | null
  image: MediaCard | null
  victimsFlag: MediaCard | null
  cite: CiteLookup
}

/** The facts box beside an article about an event, with every figure attributed. */
export function Infobox({ title, event, partOf, victimsArticle, image, victimsFlag, cite }: Props) {
  const location = placeOf(event)
  const figures = groupFigures(event.figures)
  return (
    <aside className="infobox" aria-labelledby="infobox-title">
      <table>
        <caption id="infobox-title">
          <Link href={`/events/${event.slug}`}>{title}</Link>
        </caption>
        <tbody>
          {image?.url ? (
            <tr>
              <td colSpan={2} className="infobox-image">
                <figure>
                  <img
                    src={image.url}
                    alt={image.alt}
                    width={image.width ?? undefined}
                    height={image.height ?? undefined}
                  />
                  {image.credit ? <figcaption>{image.credit}</figcaption> : null}
                </figure>
              </td>
            </tr>
          ) : null}
          {partOf ? (
            <tr>
              <th scope="row">Part of</th>
              <td>
                <Link href={`/events/${partOf.slug}`}>{partOf.name}</Link>
              </td>
            </tr>
          ) : null}
          {location ? (
            <tr>
              <th scope="row">Location</th>
              <td>{location}</td>
            </tr>
          ) : null}
          <tr>
            <th scope="row">Date</th>
            <td>{formatDateRange(event.startDate, event.endDate, event.datePrecision)}</td>
          </tr>
          {event.alternativeNames?.length ? (
            <tr>
              <th scope="row">Also known as</th>
              <td>{event.alternativeNames.join('; ')}</td>
            </tr>
          ) : null}
          {figures.map((group) => (
            <tr key={group.kind} className={`figure figure-${group.kind}`}>
              <th scope="row">{group.label}</th>
              <td>
                {group.claims.map((claim, index) => (
                  <Fragment key={claim.id ?? index}>
                    {index > 0 ? ' – ' : null}
                    <span className="figure-claim">
                      {figureValue(claim)} <span className="claimed-by">({claim.claimedBy})</span>
                      {cite(idOf(claim.reference), rowAnchor('figure', claim))}
                    </span>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
          {event.victims?.text ? (
            <tr>
              <th scope="row">Victims</th>
              <td>
                {victimsFlag?.url ? (
                  <img
                    className="flag"
                    src={victimsFlag.url}
                    alt={victimsFlag.alt}
                    width={23}
                    height={15}
                  />
                ) : null}
                {victimsArticle ? (
                  <Link href={`/articles/${victimsArticle.slug}`}>{event.victims.text}</Link>
                ) : (
                  event.victims.text
                )}
              </td>
            </tr>
          ) : null}
          {event.perpetrators?.length ? (
            <tr>
              <th scope="row">Perpetrators</th>
              <td>
                <ul className="perpetrators">
                  {event.perpetrators.map((perpetrator, index) => (
                    <li key={perpetrator.id ?? index}>
                      {perpetrator.party}{' '}
                      <span className="attribution">
                        ({ATTRIBUTION_LABELS[perpetrator.attribution]})
                      </span>
                      {cite(idOf(perpetrator.reference), rowAnchor('perpetrator', perpetrator))}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </aside>
  )
}
