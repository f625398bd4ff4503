/**
 * The query keys that filter the list of events (`/events?year=2013&type=raid`). With any of
 * them, /events is rendered per request (next.config.mjs rewrites it to /events/filter) and
 * reads the database every time (proxy.ts); without, it is a static page. Plain JavaScript,
 * since next.config.mjs reads it; the app takes it from `lib/vocabulary.ts`.
 */
export const EVENT_FILTER_KEYS = /** @type {const} */ (['year', 'type', 'place', 'page'])

/**
 * The query keys of `/events/map`: the list's filters (but its page) and the map's view (zoom
 * and centre). With any of them the map is rendered per request (`/events/map/view`).
 */
export const EVENTS_MAP_QUERY_KEYS = /** @type {const} */ ([
  ...EVENT_FILTER_KEYS.filter((key) => key !== 'page'),
  'z',
  'lat',
  'lng',
])
