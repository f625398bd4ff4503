import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// Everything a production build is made from.
const SOURCES = [
  'app',
  'collections',
  'components',
  'access',
  'fields',
  'hooks',
  'lib',
  'workflow',
  'migrations',
  'payload.config.ts',
  'payload-types.ts',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
]

const hashSources = (hash: ReturnType<typeof createHash>, entry: string) => {
  if (!existsSync(entry)) return
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) hashSources(hash, path.join(entry, name))
    return
  }
  hash.update(entry).update(readFileSync(entry))
}

/**
 * Runs `next build` unless `distDir` already holds a build of exactly these sources against
 * this database (pages are prerendered from its content).
 */
const fingerprint = () => {
  // Pages are prerendered from this database, with absolute URLs on this origin.
  const hash = createHash('sha256')
    .update(process.env.DATABASE_URL ?? '')
    .update(process.env.SITE_URL ?? '')
  SOURCES.forEach((source) => hashSources(hash, source))
  return hash.digest('hex')
}

export function buildIfNeeded({ distDir = '.next' }: { distDir?: string } = {}) {
  const stamp = path.join(distDir, 'annals-build-fingerprint')
  const current =
    existsSync(path.join(distDir, 'BUILD_ID')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === fingerprint()
  if (current) return

  console.log('Building the site (next build)…')
  const { status } = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (status !== 0) throw new Error(`next build failed (exit code ${status})`)
  // Taken after the build: `next build` may itself touch tsconfig.json.
  writeFileSync(stamp, fingerprint())
}
