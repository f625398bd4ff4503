/**
 * Next's own file-system page cache, with two additions. Every cached page and route response
 * also carries its cache tags in a header the edge tier can read (`edgeTags.mjs`). And
 * when the instance starts, Next learns again which tags it had revalidated before
 * (`revalidationState.mjs`): Next keeps that in memory only.
 *
 * Next records a page's tags with the cached page but sends them only on hosting platforms
 * (its "minimal mode"); under `next start` it strips them. Copying them into our own header
 * as the entry is stored (the first response is sent from that same entry) and as it is read
 * (pages prerendered by `next build`) lets Varnish drop pages by tag. Configured as
 * `cacheHandler` in next.config.mjs.
 */
import path from 'node:path'

import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import nextTagsManifest from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

import { EDGE_TAGS_HEADER, edgeTagsHeader } from './edgeTags.mjs'
import { adoptRevalidationState } from './revalidationState.mjs'

/**
 * Next's class: the module itself, or its `default` when Node hands the compiled CommonJS
 * module over as a namespace.
 */
const FileSystemCache =
  /** @type {{ default?: typeof fileSystemCache }} */ (/** @type {unknown} */ (fileSystemCache))
    .default ?? fileSystemCache

/** @typedef {InstanceType<typeof fileSystemCache>} NextFileSystemCache */

// Next's name for the header in which it keeps a rendered page's tags.
const NEXT_TAGS_HEADER = 'x-next-cache-tags'
const TAGGED_KINDS = new Set(['APP_PAGE', 'APP_ROUTE'])

/**
 * Adds (or refreshes) the edge's tag header on a cached page or route response, in place.
 *
 * @param {unknown} value
 */
function withEdgeTags(value) {
  if (!value || typeof value !== 'object') return
  const entry = /** @type {{ kind?: string; headers?: Record<string, unknown> }} */ (value)
  if (!TAGGED_KINDS.has(entry.kind ?? '') || !entry.headers) return
  const nextTags = entry.headers[NEXT_TAGS_HEADER]
  const header = typeof nextTags === 'string' ? edgeTagsHeader(nextTags) : undefined
  if (header) entry.headers[EDGE_TAGS_HEADER] = header
  else delete entry.headers[EDGE_TAGS_HEADER]
}

/** @type {Map<string, { stale?: number; expired?: number }>} */
const tagsManifest = nextTagsManifest.tagsManifest

let restored = false

/**
 * Puts back the revalidation times this instance recorded for this build, each as Next itself
 * records `revalidateTag(tag, { expire: 0 })`: a page cached before the time is expired.
 *
 * @param {string} distDir
 */
function restoreRevalidations(distDir) {
  const state = adoptRevalidationState(distDir, process.env.PORT || '3000')
  for (const [tag, time] of Object.entries(state?.tags ?? {})) {
    const entry = tagsManifest.get(tag) ?? {}
    if (typeof time === 'number' && !((entry.expired ?? 0) >= time)) {
      tagsManifest.set(tag, { ...entry, stale: time, expired: time })
    }
  }
}

export default class EdgeTagsCacheHandler extends FileSystemCache {
  /** @param {ConstructorParameters<typeof fileSystemCache>[0]} context */
  constructor(context) {
    super(context)
    // Next makes a handler per request; the first, before any page is read, restores.
    if (!restored && context?.serverDistDir) {
      restored = true
      restoreRevalidations(path.dirname(context.serverDistDir))
    }
  }

  /** @param {Parameters<NextFileSystemCache['get']>} args */
  async get(...args) {
    const entry = await super.get(...args)
    withEdgeTags(entry?.value)
    return entry
  }

  /** @param {Parameters<NextFileSystemCache['set']>} args */
  async set(...args) {
    withEdgeTags(args[1])
    return super.set(...args)
  }
}
