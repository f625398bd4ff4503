import Link from 'next/link'

import type { EventFactsView } from '@/lib/view/eventFacts'

import { LocationMap } from '@/components/maps/LocationMap'

import { EventFacts } from './EventFacts'

/** The facts box beside an article about an event. */
export function Infobox({ facts }: { facts: EventFactsView }) {
  const image = facts.image
  return (
    <aside className="infobox" aria-labelledby="infobox-title">
      <table>
        <caption id="infobox-title">
          <Link href={facts.href}>{facts.name}</Link>
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
          {facts.map ? (
            <tr>
              <td colSpan={2} className="infobox-map">
                <LocationMap map={facts.map} id="infobox-map" />
              </td>
            </tr>
          ) : null}
          <EventFacts facts={facts} variant="infobox" />
        </tbody>
      </table>
    </aside>
  )
}
