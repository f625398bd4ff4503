/**
 * What an instance's page cache has been told since it was built, kept beside that cache so a
 * restart resumes from it (`lib/revalidationBus.ts` writes it, `lib/edgeTagsCacheHandler.mjs`
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
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
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
 * The state this instance left for this build, or undefined when there is none to trust.
 *
 * @param {string} distDir
 * @param {string} port
 * @returns {RevalidationState | undefined}
 */
export function readRevalidationState(distDir, port) {
  try {
    const state = JSON.parse(readFileSync(revalidationStatePath(distDir, port), 'utf8'))
    const buildId = buildIdOf(distDir)
    if (!buildId || state?.buildId !== buildId) return undefined
    if (!Number.isSafeInteger(state.seq) || typeof state.tags !== 'object' || !state.tags) {
      return undefined
    }
    return { seq: state.seq, tags: state.tags }
  } catch {
    return undefined
  }
}

/**
 * Replaces the state at once (a write then a rename), so a crash leaves the old one or the new.
 *
 * @param {string} distDir
 * @param {string} port
 * @param {RevalidationState} state
 */
export function writeRevalidationState(distDir, port, { seq, tags }) {
  const file = revalidationStatePath(distDir, port)
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, JSON.stringify({ buildId: buildIdOf(distDir), seq, tags }))
  renameSync(partial, file)
}
