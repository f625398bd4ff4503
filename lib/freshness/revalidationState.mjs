/**
 * What an instance's page cache has been told since it was built, kept beside that cache so a
 * restart resumes from it (`revalidationListener.ts` writes it, `edgeTagsCacheHandler.mjs`
 * reads it back into Next when the instance starts): the last change of the change log it
 * applied (`seq`), and when it revalidated each tag (`tags`, milliseconds).
 *
 * Both are needed. Next keeps revalidations in memory only: a restarted instance would take a
 * page its disk cache holds from before a change it had applied as fresh again. With the
 * times restored, only the changes after `seq` are replayed, not the whole site.
 *
 * One file per instance (by port), since instances may share one build and its disk cache;
 * invalid for any other build (`BUILD_ID`), whose pages were rendered at another time.
 * Plain JavaScript: the cache handler is loaded by Next outside its bundler.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

/** @typedef {{ seq: number; tags: Record<string, number> }} RevalidationState */

/**
 * @param {string} distDir
 * @param {string} port
 */
export const revalidationStatePath = (distDir, port) =>
  path.join(distDir, 'cache', `annals-revalidation-${port}.json`)

/** @param {string} distDir */
const buildIdOf = (distDir) => {
  try {
    return readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim()
  } catch {
    return undefined
  }
}

/**
 * @param {string} file
 * @returns {{ buildId?: unknown; seq?: unknown; tags?: unknown } | undefined}
 */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * @param {{ seq?: unknown; tags?: unknown } | undefined} saved
 * @returns {RevalidationState | undefined}
 */
const validState = (saved) =>
  saved && Number.isSafeInteger(saved.seq) && typeof saved.tags === 'object' && saved.tags
    ? {
        seq: /** @type {number} */ (saved.seq),
        tags: /** @type {Record<string, number>} */ (saved.tags),
      }
    : undefined

/**
 * The state this instance left for this build, or undefined when there is none to trust.
 *
 * @param {string} distDir
 * @param {string} port
 * @returns {RevalidationState | undefined}
 */
export function readRevalidationState(distDir, port) {
  const saved = readJson(revalidationStatePath(distDir, port))
  const buildId = buildIdOf(distDir)
  return buildId && saved?.buildId === buildId ? validState(saved) : undefined
}

const STATE_FILE = /^annals-revalidation-\d+\.json$/

/**
 * The state this instance starts from, read by the cache handler (which restores the times)
 * and by the listener (which replays from `seq`); whichever reads first settles it for both,
 * by writing the instance's file.
 *
 * Its own file of this build, when there is one. Otherwise (its first start with this build)
 * the furthest-along state another instance of the build left beside the shared disk cache,
 * taken as its own: sound, since every page on that disk was rendered after the changes that
 * instance had applied were committed, or is expired by the times it recorded. With none,
 * a file saying so: the instance cannot know what it missed.
 *
 * @param {string} distDir
 * @param {string} port
 * @returns {RevalidationState | undefined}
 */
export function adoptRevalidationState(distDir, port) {
  const buildId = buildIdOf(distDir)
  if (!buildId) return undefined
  const own = readJson(revalidationStatePath(distDir, port))
  if (own?.buildId === buildId) return validState(own)
  const cacheDir = path.join(distDir, 'cache')
  /** @type {RevalidationState | undefined} */
  let furthest
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    if (!STATE_FILE.test(name)) continue
    const saved = readJson(path.join(cacheDir, name))
    const state = saved?.buildId === buildId ? validState(saved) : undefined
    if (state && (!furthest || state.seq > furthest.seq)) furthest = state
  }
  writeRevalidationState(distDir, port, furthest ?? { seq: null, tags: {} })
  return furthest
}

/**
 * Replaces the state at once (a write then a rename), so a crash leaves the old one or the new.
 * A `seq` of null records that the instance knows nothing of this build's past yet.
 *
 * @param {string} distDir
 * @param {string} port
 * @param {{ seq: number | null; tags: Record<string, number> }} state
 */
export function writeRevalidationState(distDir, port, { seq, tags }) {
  const file = revalidationStatePath(distDir, port)
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, JSON.stringify({ buildId: buildIdOf(distDir), seq, tags }))
  renameSync(partial, file)
}

/**
 * Deletes every instance's state for the build in `distDir`: for a build kept while the
 * database it was following is made anew (the end-to-end server with E2E_REUSE_BUILD=1),
 * whose change log numbers from 1 again. A saved `seq` from the old log would make a restarted
 * instance skip the new log's changes up to that number; with no state, it revalidates the
 * whole site once, as on a first start.
 *
 * @param {string} distDir
 */
export function forgetRevalidationStates(distDir) {
  const cacheDir = path.join(distDir, 'cache')
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    if (STATE_FILE.test(name)) rmSync(path.join(cacheDir, name), { force: true })
  }
}
