import { postgresAdapter } from '@payloadcms/db-postgres'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, defaultLoggerOptions, type Config } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { Events } from './collections/Events'
import { LinkChecks } from './collections/LinkChecks'
import { Media } from './collections/Media'
import { Reactions } from './collections/Reactions'
import { References } from './collections/References'
import { Users } from './collections/Users'
import { TOO_MANY_ATTEMPTS, trustedProxyHops } from './collections/Users/loginThrottle'
import { smtpAdapter, smtpSettingsFromEnv } from './email/smtpAdapter'
import { articleEditor } from './fields/editor'
import { withTransactionSafeLocks } from './hooks/documentLocks'
import { errorAnswers, logRefusalsBriefly } from './hooks/errorAnswers'
import { checkLinksTask } from './jobs/checkLinks'
import { guardJobQueue, jobsConfig } from './workflow/schedule'
import { graphQLShapeRule, MAX_GRAPHQL_COMPLEXITY } from './hooks/validateGraphQL'
import { withInputGuard } from './hooks/validateInput'
import { localOrigin, siteUrl } from './lib/siteUrl'

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

/** A whole number from the environment, or the default; anything else stops with a message. */
const envInteger = (name: string, fallback: number, min: number) => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min} (it is "${raw}").`)
  }
  return value
}

// The pool: its size, and limits that make a stuck request fail fast (503) instead of holding
// a connection: a statement running too long is cancelled, a transaction left idle is closed,
// and a request waiting too long for a free connection gives up.
const pool = {
  connectionString: databaseUrl,
  max: envInteger('DATABASE_POOL_MAX', 10, 1),
  statement_timeout: envInteger('DATABASE_STATEMENT_TIMEOUT_MS', 20_000, 0),
  idle_in_transaction_session_timeout: envInteger(
    'DATABASE_IDLE_TRANSACTION_TIMEOUT_MS',
    15_000,
    0,
  ),
  connectionTimeoutMillis: envInteger('DATABASE_CONNECT_TIMEOUT_MS', 10_000, 0),
}

// Sessions are signed with the secret: a short one can be guessed offline from any token.
if (process.env.NODE_ENV === 'production' && secret.length < 32) {
  throw new Error(
    'PAYLOAD_SECRET must be at least 32 characters in production (e.g. `openssl rand -hex 32`).',
  )
}

// The login lockout counts failures per client address: a bad TRUSTED_PROXY_HOPS stops here.
trustedProxyHops()

const smtp = smtpSettingsFromEnv()
const siteOrigin = new URL(siteUrl()).origin

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Annals' },
    // Gravatar would fetch from the internet; Annals must run offline.
    avatar: 'default',
    components: {
      afterNavLinks: ['@/components/admin/ReviewQueueNavLink#ReviewQueueNavLink'],
      beforeDashboard: ['@/components/admin/DashboardWorkflow#DashboardWorkflow'],
      views: {
        reviewQueue: {
          Component: '@/components/admin/ReviewQueueView#ReviewQueueView',
          path: '/review-queue',
          meta: { title: 'Review queue' },
        },
      },
    },
  },
  collections: [Articles, Events, References, Reactions, Media, Users, AuditLog, LinkChecks]
    .map(withInputGuard)
    .map(withTransactionSafeLocks),
  graphQL: {
    maxComplexity: MAX_GRAPHQL_COMPLEXITY,
    disableIntrospectionInProduction: true,
    validationRules: () => [graphQLShapeRule],
  },
  editor: articleEditor,
  secret,
  // Cookie-authenticated requests from any other origin are treated as anonymous.
  csrf: [
    ...new Set([
      siteOrigin,
      localOrigin('localhost'),
      localOrigin('127.0.0.1'),
      ...(process.env.CSRF_ORIGINS ?? '').split(',').filter(Boolean),
    ]),
  ],
  email: smtp ? smtpAdapter(smtp) : undefined,
  db: postgresAdapter({
    pool,
    migrationDir: path.resolve(dirname, 'migrations'),
    // The schema changes only through committed migrations, never by pushing in dev.
    push: false,
  }),
  sharp,
  hooks: {
    // One formatter decides every error's status and message (hooks/errorAnswers.ts). Failed
    // logins are counted before the password check (collections/Users/loginThrottle.ts), so
    // no error hook has a side effect.
    afterError: [errorAnswers],
  },
  // A rate limit's refusal (429) is logged as one line, not a stack trace at ERROR. Payload's
  // type names only its own errors; its logger looks any error's name up.
  loggingLevels: { [TOO_MANY_ATTEMPTS]: 'info' } as Config['loggingLevels'],
  jobs: { ...jobsConfig, tasks: [checkLinksTask] },
  // An idle connection the server closes (a database restart, or `npm start` stopping the
  // embedded PostgreSQL) is logged, not left to crash the process; the pool reconnects on use.
  onInit: (payload) => {
    guardJobQueue(payload)
    const { pool } = payload.db as unknown as {
      pool?: { on: (event: 'error', listener: (error: Error) => void) => void }
    }
    pool?.on('error', (error) =>
      payload.logger.warn(`Database connection closed: ${error.message}`),
    )
  },
  // Payload's own pretty output, with refused requests as one info line (hooks/errorAnswers.ts).
  logger: {
    options: { hooks: { logMethod: logRefusalsBriefly } },
    destination: defaultLoggerOptions,
  },
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
