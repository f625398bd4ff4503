import Link from 'next/link'

import type { LocationMapView } from '@/lib/view/locationMap'

import { CountryShapes } from './CountryShapes'

import './maps.css'

/**
 * An event's location map, drawn on the server: no script, no tiles. The caption is the
 * map's text equivalent (the place, its coordinates and their source) and its footer says
 * what the map shows.
 */
export function LocationMap({ map, id }: { map: LocationMapView; id: string }) {
  const labelRight = map.pin ? map.pin.x < map.width * 0.6 : true
  return (
    <figure className="location-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        width={map.width}
        height={map.height}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="map"
      >
        <title id={`${id}-title`}>{map.title}</title>
        <desc id={`${id}-desc`}>{map.description}</desc>
        <rect width={map.width} height={map.height} className="map-sea" />
        <CountryShapes countries={map.countries} approximate={map.approximate} />
        {map.pin ? (
          <g aria-hidden="true">
            <circle cx={map.pin.x} cy={map.pin.y} r={5} className="map-pin" />
            {map.place ? (
              <text
                x={map.pin.x + (labelRight ? 8 : -8)}
                y={map.pin.y + 4}
                textAnchor={labelRight ? 'start' : 'end'}
                className="map-label"
              >
                {map.place.length > 28 ? `${map.place.slice(0, 27)}…` : map.place}
              </text>
            ) : null}
          </g>
        ) : null}
      </svg>
      <figcaption>
        {map.pin ? (
          <>
            {map.place ? `${map.place}, ` : ''}
            {map.region ? (
              <>
                <Link href={map.region.href}>{map.region.name}</Link>,{' '}
              </>
            ) : null}
            <Link href={map.country.href}>{map.country.name}</Link>
            <br />
            <span className="map-coordinates">{map.pin.text}</span>
            {map.source ? (
              <>
                {' '}
                (source: <Link href={map.source.href}>{map.source.title}</Link>)
              </>
            ) : null}
          </>
        ) : (
          <>
            Approximate: the exact location is not recorded; the map shades all of{' '}
            <Link href={map.country.href}>{map.country.name}</Link>.
          </>
        )}
        <small className="map-credit">{map.credit}</small>
      </figcaption>
    </figure>
  )
}
