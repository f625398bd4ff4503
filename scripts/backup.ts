import path from 'node:path'

import {
  archiveMedia,
  backupFiles,
  databaseFor,
  dumpDatabase,
  mediaDir,
} from './lib/backupDatabase'
import { exitWithError } from './lib/exitWithError'

/**
 * `npm run backup [-- <directory>]`: a pg_dump of the database (custom format, for
 * pg_restore) and a tar of the media directory, side by side, named by the time:
 * backups/annals-2026-11-26T02-40-00Z.dump and .media.tar. Safe while the site runs.
 */
async function main() {
  const directory = path.resolve(process.argv[2] || 'backups')
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
  const { dump, media } = backupFiles(path.join(directory, `annals-${stamp}`))
  const database = await databaseFor(console.log)
  try {
    dumpDatabase(database.url, dump)
    archiveMedia(mediaDir(), media)
  } finally {
    await database.stop()
  }
  console.log(`Backed up the database to ${dump}\nand the media directory to ${media}`)
  console.log(`Restore with: npm run restore -- ${dump}`)
}

main().catch(exitWithError)
