import Link from 'next/link'

import type { EventsMapView } from '@/lib/view/eventsMap'

import { CountryShapes } from './CountryShapes'

import './maps.css'

/** Marks listed under a map: the text equivalent, bounded like the marks themselves. */
const LISTED_MARKS = 60

/**
 * A map of events drawn on the server: each cluster a link (to the list of its events, or
 * closer in), every link repeated in the list below for readers who cannot see the map.
 */
export function EventsMap({
  map,
  id,
  controls,
}: {
  map: EventsMapView
  id: string
  controls?: React.ReactNode
}) {
  return (
    <figure className="events-map-figure" aria-labelledby={`${id}-caption`}>
      {controls}
      <div className="events-map" id={id}>
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          width={map.width}
          height={map.height}
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>{map.title}</title>
          <desc id={`${id}-desc`}>{map.description}</desc>
          <CountryShapes countries={map.countries} />
          {map.marks.map((mark) => (
            <a key={mark.key} href={mark.href} className="map-cluster" aria-label={mark.label}>
              <circle cx={mark.x} cy={mark.y} r={mark.radius} />
              {mark.count > 1 ? (
                <text x={mark.x} y={mark.y + 4} textAnchor="middle" aria-hidden="true">
                  {mark.count > 9999 ? `${Math.round(mark.count / 1000)}k` : mark.count}
                </text>
              ) : null}
            </a>
          ))}
        </svg>
      </div>
      <figcaption id={`${id}-caption`}>
        <p>{map.description}</p>
        {map.marks.length ? (
          <details>
            <summary>The map as a list</summary>
            <ul className="map-list">
              {map.marks.slice(0, LISTED_MARKS).map((mark) => (
                <li key={mark.key}>
                  <Link href={mark.href}>{mark.label}</Link>
                </li>
              ))}
            </ul>
            {map.marks.length > LISTED_MARKS ? (
              <p>
                The {LISTED_MARKS} largest groups of {map.marks.length} are listed; zoom in for the
                others.
              </p>
            ) : null}
          </details>
        ) : null}
        <small className="map-credit">{map.credit}</small>
      </figcaption>
    </figure>
  )
}
