/**
 * The query keys that filter the list of events (`/events?year=2013&type=raid`). With any of
 * them, /events is rendered per request (next.config.mjs rewrites it to /events/filter) and
 * reads the database every time (proxy.ts); without, it is a static page. Plain JavaScript,
 * since next.config.mjs reads it; the app takes it from `lib/vocabulary.ts`.
 */
export const EVENT_FILTER_KEYS = /** @type {const} */ (['year', 'type', 'place', 'page'])
