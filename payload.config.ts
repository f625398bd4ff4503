import { postgresAdapter } from '@payloadcms/db-postgres'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { Events } from './collections/Events'
import { LinkChecks } from './collections/LinkChecks'
import { Media } from './collections/Media'
import { Reactions } from './collections/Reactions'
import { References } from './collections/References'
import { Users } from './collections/Users'
import { articleEditor } from './fields/editor'
import { checkLinksTask } from './jobs/checkLinks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// `npm start`, `npm test` and the scripts set both: with no DATABASE_URL they start the
// embedded PostgreSQL and keep a generated secret under .data/.
const databaseUrl = process.env.DATABASE_URL
const secret = process.env.PAYLOAD_SECRET
if (!databaseUrl || !secret) {
  throw new Error(
    'DATABASE_URL and PAYLOAD_SECRET must be set. Run the app with `npm start` (which starts ' +
      'an embedded PostgreSQL when DATABASE_URL is not set), or set both variables.',
  )
}

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Annals' },
    // Gravatar would fetch from the internet; Annals must run offline.
    avatar: 'default',
    components: {
      afterNavLinks: ['@/components/admin/ReviewQueueNavLink#ReviewQueueNavLink'],
      views: {
        reviewQueue: {
          Component: '@/components/admin/ReviewQueueView#ReviewQueueView',
          path: '/review-queue',
          meta: { title: 'Review queue' },
        },
      },
    },
  },
  collections: [Articles, Events, References, Reactions, Media, Users, AuditLog, LinkChecks],
  editor: articleEditor,
  jobs: { tasks: [checkLinksTask] },
  secret,
  db: postgresAdapter({
    pool: { connectionString: databaseUrl },
    migrationDir: path.resolve(dirname, 'migrations'),
    // The schema changes only through committed migrations, never by pushing in dev.
    push: false,
  }),
  sharp,
  // An idle connection the server closes (a database restart, or `npm start` stopping the
  // embedded PostgreSQL) is logged, not left to crash the process; the pool reconnects on use.
  onInit: (payload) => {
    const { pool } = payload.db as unknown as {
      pool?: { on: (event: 'error', listener: (error: Error) => void) => void }
    }
    pool?.on('error', (error) =>
      payload.logger.warn(`Database connection closed: ${error.message}`),
    )
  },
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
