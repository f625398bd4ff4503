/**
 * `npm run bench:data -- --articles N [--seed]`: fills the database `npm start` uses (the embedded one,
 * or DATABASE_URL's) with N benchmark articles — each with its event, references and
 * reactions, published, some with long histories and pending drafts — by bulk inserts into
 * the tables Payload's migrations create. Deterministic, and cumulative: run it with 1000,
 * then with 100000, and the second run adds the 99,000 missing. Prints how long it took.
 *
 * Pages `next start` has already rendered keep their old content until they are revalidated:
 * restart with a fresh build directory (or publish something) to see the new lists.
 */
import pg from 'pg'

import { loadBenchData } from './lib/bench/load'
import { exitWithError } from './lib/exitWithError'
import { prepareEnvironment } from './lib/environment'
import { prepareDatabase } from './lib/prepareDatabase'

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}
const articles = Number(argument('articles') ?? 1000)
if (!Number.isInteger(articles) || articles < 0 || articles > 1_000_000) {
  exitWithError(new Error('--articles must be a whole number from 0 to 1,000,000'))
}

const environment = await prepareEnvironment().catch(exitWithError)
try {
  // Migrations (and, on the embedded database, the demo content and logins) first, as npm
  // start; --seed adds them to any database (the benchmark signs in as the demo team).
  const seed = environment.embedded || process.argv.includes('--seed')
  await prepareDatabase({ seed, demoUsers: seed })
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    console.log(`Loading benchmark content up to ${articles.toLocaleString('en')} articles…`)
    const result = await loadBenchData(client, { articles, log: console.log })
    if (result.to === result.from) {
      console.log(
        `The database already holds ${result.from.toLocaleString('en')} benchmark articles.`,
      )
    } else {
      const count = result.to - result.from
      console.log(
        `Loaded ${count.toLocaleString('en')} articles (${result.rows.toLocaleString('en')} rows) ` +
          `in ${result.seconds.toFixed(1)} s: ${Math.round(count / result.seconds)} articles/s.`,
      )
    }
    const size = await client.query<{ size: string }>(
      'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
    )
    console.log(`Database size: ${size.rows[0].size}.`)
  } finally {
    await client.end()
  }
} finally {
  await environment.stop()
}
process.exit(0)
