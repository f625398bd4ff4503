import Link from 'next/link'
import { Fragment } from 'react'

import type { EventFactsView } from '@/lib/view/eventFacts'

import { Cite } from './Cite'

/** "Camp Ashraf, Diyala Governorate, Iraq", the region and country linked to their places. */
function PlaceParts({ parts }: { parts: EventFactsView['placeParts'] }) {
  const items = [
    parts.place,
    parts.region ? <Link href={parts.region.href}>{parts.region.name}</Link> : null,
    parts.country ? <Link href={parts.country.href}>{parts.country.name}</Link> : null,
  ].filter(Boolean)
  return items.map((item, index) => (
    <Fragment key={index}>
      {index > 0 ? ', ' : null}
      {item}
    </Fragment>
  ))
}

type Props = {
  facts: EventFactsView
  /** The infobox shows the figures; the event page lists them in a table of their own. */
  variant: 'infobox' | 'page'
}

/**
 * The rows of an event's facts, with every figure and perpetrator attributed: shared by the
 * infobox of an article and the facts box of an event page.
 */
export function EventFacts({ facts, variant }: Props) {
  const withFigures = variant === 'infobox'
  return (
    <>
      {facts.partOf ? (
        <tr>
          <th scope="row">Part of</th>
          <td>
            <Link href={facts.partOf.href}>{facts.partOf.name}</Link>
          </td>
        </tr>
      ) : null}
      {facts.place ? (
        <tr>
          <th scope="row">Location</th>
          <td>
            <PlaceParts parts={facts.placeParts} />
            {facts.coordinates && variant === 'page' ? (
              <span className="coordinates">
                {' '}
                ({facts.coordinates.latitude}, {facts.coordinates.longitude})
              </span>
            ) : null}
          </td>
        </tr>
      ) : null}
      <tr>
        <th scope="row">Date</th>
        <td>
          <time dateTime={facts.isoStart}>{facts.dateText}</time>
        </td>
      </tr>
      {facts.alternativeNames.length ? (
        <tr>
          <th scope="row">Also known as</th>
          <td>{facts.alternativeNames.join('; ')}</td>
        </tr>
      ) : null}
      {withFigures
        ? facts.figures.map((group) => (
            <tr key={group.kind} className={`figure figure-${group.kind}`}>
              <th scope="row">{group.label}</th>
              <td>
                {group.claims.map((claim, index) => (
                  <Fragment key={claim.key}>
                    {index > 0 ? ' – ' : null}
                    <span className="figure-claim">
                      {claim.value} <span className="claimed-by">({claim.claimedBy})</span>
                      <Cite mark={claim.citation} />
                    </span>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))
        : null}
      {facts.victims ? (
        <tr>
          <th scope="row">Victims</th>
          <td>
            {facts.victims.flag?.url ? (
              <img
                className="flag"
                src={facts.victims.flag.url}
                alt={facts.victims.flag.alt}
                width={23}
                height={15}
              />
            ) : null}
            {facts.victims.href ? (
              <Link href={facts.victims.href}>{facts.victims.text}</Link>
            ) : (
              facts.victims.text
            )}
          </td>
        </tr>
      ) : null}
      {facts.perpetrators.length ? (
        <tr>
          <th scope="row">Perpetrators</th>
          <td>
            <ul className="perpetrators">
              {facts.perpetrators.map((perpetrator) => (
                <li key={perpetrator.key}>
                  {perpetrator.party}{' '}
                  <span className="attribution">({perpetrator.attribution})</span>
                  <Cite mark={perpetrator.citation} />
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </>
  )
}
