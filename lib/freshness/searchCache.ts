/**
 * Search results this instance computed recently, kept until the next change any instance
 * announces (`revalidateTagsHere` clears them): readers repeat the same few queries far more
 * often than anything is published, and a repeated query then costs no database work. A
 * bounded LRU of at most MAX_CACHED_SEARCHES pages of results (a few MB), so a stream of
 * distinct queries evicts old ones instead of growing the process.
 *
 * It lives on `globalThis`, not in the module: Next.js loads this module once per route
 * bundle, and the search page and the revalidation route must share one store.
 */
export const MAX_CACHED_SEARCHES = 500

type Store = { generation: number; entries: Map<string, Promise<unknown>> }

const KEY = Symbol.for('annals.searchCache')

const store = (): Store => {
  const global = globalThis as typeof globalThis & { [KEY]?: Store }
  return (global[KEY] ??= { generation: 0, entries: new Map() })
}

/**
 * The cached result for `key`, or `compute()`'s, kept if no change was announced while it
 * ran. Identical concurrent queries share one computation. Outside a Next.js server (tests,
 * scripts) nothing announces changes, so nothing is cached.
 */
export async function cachedSearch<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!process.env.NEXT_RUNTIME) return compute()
  const { entries } = store()
  const hit = entries.get(key) as Promise<T> | undefined
  if (hit) {
    // Most recently used last: the first key is the one to evict.
    entries.delete(key)
    entries.set(key, hit)
    return hit
  }
  const generation = store().generation
  const pending = compute()
  entries.set(key, pending)
  if (entries.size > MAX_CACHED_SEARCHES) entries.delete(entries.keys().next().value!)
  try {
    const result = await pending
    // A change announced while the query ran may not be in its result: not kept.
    if (store().generation !== generation && entries.get(key) === pending) entries.delete(key)
    return result
  } catch (error) {
    if (entries.get(key) === pending) entries.delete(key)
    throw error
  }
}

/** Forgets every cached result: called for each change announced to this instance. */
export function clearSearchCache() {
  const current = store()
  current.generation++
  current.entries.clear()
}
