import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The end-to-end suite builds into its own folder so it never overwrites the build that
  // `npm start` serves (the two are rendered from different databases).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm test` type-checks the whole project (tests included) with tsc; the build need not.
  typescript: { ignoreBuildErrors: true },
  // /events without a query string is a static page; with filters it is rendered per request.
  rewrites: async () => ({
    beforeFiles: ['year', 'type', 'place', 'page'].map((key) => ({
      source: '/events',
      has: [{ type: 'query', key }],
      destination: '/events/filter',
    })),
  }),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
