import { fileURLToPath, URL } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { EVENT_FILTER_KEYS, EVENTS_MAP_QUERY_KEYS } from './lib/eventFilters.mjs'
import { adminSecurityHeaders, readerSecurityHeaders } from './lib/securityHeaders.mjs'

// Reader pages: everything but the admin, the APIs, Next's own assets, the preview switch and
// the instances' internal route.
const READER_PAGES = '/:path((?!admin|api|_next|preview|internal).*)'

/**
 * What reader pages tell caches. Next would say `s-maxage=31536000` (a year) for every static
 * page, which only holds for a cache that is purged on publish: the shipped edge tier is
 * (`deploy/varnish`), and keeps pages longer by its own rule, but a browser, a proxy or a CDN
 * nobody purges must not keep a correction out of sight for a year. So: a minute, then up to
 * five more while it fetches the new copy in the background.
 */
const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'
// A signed-in or previewing visitor's response is theirs alone.
const PRIVATE_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate'
/** @type {{ type: 'cookie'; key: string }[]} */
const SIGNED_IN_OR_PREVIEW = [
  { type: 'cookie', key: 'payload-token' },
  { type: 'cookie', key: '__prerender_bypass' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The end-to-end suite builds into its own folder so it never overwrites the build that
  // `npm start` serves (the two are rendered from different databases).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  images: { unoptimized: true },
  // Next's page cache, plus each page's cache tags in a header the edge bans by
  // (lib/freshness/edgeTags.mjs).
  cacheHandler: fileURLToPath(new URL('./lib/freshness/edgeTagsCacheHandler.mjs', import.meta.url)),
  // `npm test` type-checks the whole project (tests included) with tsc; the build need not.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      // Security headers on every response; later rules win, so the admin's stricter ones
      // replace the reader's on the admin and the API.
      { source: '/:path*', headers: readerSecurityHeaders() },
      ...['/admin', '/admin/:path*', '/api/:path*'].map((source) => ({
        source,
        headers: adminSecurityHeaders(),
      })),
      {
        source: READER_PAGES,
        missing: SIGNED_IN_OR_PREVIEW,
        headers: [{ key: 'Cache-Control', value: SHARED_CACHE_CONTROL }],
      },
      // Later rules win: either cookie makes the response private.
      ...SIGNED_IN_OR_PREVIEW.map((cookie) => ({
        source: READER_PAGES,
        has: [cookie],
        headers: [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }],
      })),
    ]
  },
  // /events and /events/map without a query string are static pages; with one, rendered per request.
  rewrites: async () => ({
    beforeFiles: [
      ...EVENT_FILTER_KEYS.map((key) => ({
        source: '/events',
        has: [{ type: /** @type {const} */ ('query'), key }],
        destination: '/events/filter',
      })),
      // The same for the map, whose view (zoom and centre) is in the query string too.
      ...EVENTS_MAP_QUERY_KEYS.map((key) => ({
        source: '/events/map',
        has: [{ type: /** @type {const} */ ('query'), key }],
        destination: '/events/map/view',
      })),
    ],
  }),
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every response for the colour-scheme client hint, `Critical-CH` included, which
 * makes a browser's first visit to any page a request, a 307-like retry and a second request.
 * Only the admin reads the hint, so only the admin asks for it.
 */
const headersWithPayloadHints = config.headers
config.headers = async () =>
  ((await headersWithPayloadHints?.()) ?? []).map((rule) =>
    rule.source === '/:path*' &&
    rule.headers.some((header) => header.key.toLowerCase() === 'critical-ch')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )

export default config
