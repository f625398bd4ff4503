import { existsSync } from 'node:fs'

import { databaseFor, extractMedia, mediaDir, restoreDatabase } from './lib/backupDatabase'
import { exitWithError } from './lib/exitWithError'

/**
 * `npm run restore -- backups/annals-<time>.dump`: replaces the database's content by the
 * dump's (one transaction: all or nothing) and the media directory's by the .media.tar beside
 * it. Stop the site first; it caches pages and sessions of the data it is replacing.
 */
async function main() {
  const dump = process.argv[2]
  if (!dump || !dump.endsWith('.dump') || !existsSync(dump)) {
    throw new Error('Usage: npm run restore -- backups/annals-<time>.dump')
  }
  const media = dump.replace(/\.dump$/, '.media.tar')
  if (!existsSync(media)) throw new Error(`The media archive ${media} is missing.`)
  const database = await databaseFor(console.log)
  try {
    restoreDatabase(database.url, dump)
    extractMedia(media, mediaDir())
  } finally {
    await database.stop()
  }
  console.log(`Restored the database and media from ${dump}`)
}

main().catch(exitWithError)
