/**
 * The cache tags of the reader site: the one list of what a rendered page can depend on.
 *
 * A query tags what it read (`tagPage`), Next records the tags on the page it is rendering,
 * and publishing, unpublishing or deleting a document revalidates the tags it touches
 * (`revalidate.ts`), so every page that shows it is re-rendered, and only those. The edge
 * tier drops pages by the same tags: each cached page sends its own (`edgeTags.mjs`).
 *
 * No dependencies: the proxy and the scripts writing the edge's VCL read it on its own.
 */
import { EVENT_FILTER_KEYS, EVENTS_MAP_QUERY_KEYS } from '../vocabulary'

export const TAGS = {
  /**
   * Every page: an instance that may have missed changes (it just started, or its connection
   * to the others dropped) revalidates it, so it serves nothing rendered before (see
   * `revalidationListener.ts`).
   */
  site: 'site',
  /** Which articles are published and their cards in site-wide lists (home, sitemap, feed). */
  articles: 'articles',
  /** Which events are published and their cards in site-wide lists (/events, home, facets). */
  events: 'events',
  /** One article's own content: its page, its history, its card on any other page. */
  article: (id: number) => `article:${id}`,
  /** What a URL slug resolves to, read before the id is known (a rename or a first publish). */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  /** Which published articles list this one under "See also" (its related articles). */
  linkedFrom: (articleId: number) => `linked-from:${articleId}`,
  /** One event's own content: its page, the infobox of its articles, its card anywhere. */
  event: (id: number) => `event:${id}`,
  eventSlug: (slug: string) => `event-slug:${slug}`,
  /** Which published articles are about an event. */
  eventArticles: (eventId: number) => `event-articles:${eventId}`,
  /** Which published events are part of an event. */
  eventParts: (eventId: number) => `event-parts:${eventId}`,
  /** Which published reactions an event has, and their text. */
  eventReactions: (eventId: number) => `event-reactions:${eventId}`,
  /**
   * One reference's own content, wherever it is cited or shown. Pages tag every reference
   * they point at, published or not, so a reference published after the page shows up.
   */
  reference: (id: number) => `reference:${id}`,
  /** Which published reactions cite a reference (its page lists them). */
  referenceReactions: (referenceId: number) => `reference-reactions:${referenceId}`,
  reaction: (id: number) => `reaction:${id}`,
  media: (id: number) => `media:${id}`,
} as const

/**
 * Reader pages Next renders on every request, their content depending on the query string
 * (`/articles?page=3`, `/events?year=2013`, `/search?q=…`): no cache entry records their tags,
 * so the edge tags them by path with what their queries read (the VCL block
 * scripts/lib/varnish.ts fills), and the proxy knows they read the database every time. `whenQueryHas`: a page rendered per
 * request only with one of these query keys, static without.
 */
export const REQUEST_RENDERED_PAGE_TAGS: {
  path: string
  tags: string[]
  whenQueryHas?: readonly string[]
}[] = [
  { path: '/articles', tags: [TAGS.site, TAGS.articles] },
  { path: '/events', tags: [TAGS.site, TAGS.events], whenQueryHas: EVENT_FILTER_KEYS },
  { path: '/events/map', tags: [TAGS.site, TAGS.events], whenQueryHas: EVENTS_MAP_QUERY_KEYS },
  // Search results show articles and events: every publish of either changes them.
  { path: '/search', tags: [TAGS.site, TAGS.articles, TAGS.events] },
]

/** True for a request Next renders anew each time (see `REQUEST_RENDERED_PAGE_TAGS`). */
export const isRequestRendered = (pathname: string, query: URLSearchParams) =>
  REQUEST_RENDERED_PAGE_TAGS.some(
    ({ path, whenQueryHas }) =>
      path === pathname && (!whenQueryHas || whenQueryHas.some((key) => query.has(key))),
  )

export type MaybeTag = 0 | false | null | string | undefined

/** Tags without blanks or repeats, in order: what a query lists, ready to record or compare. */
export const tagList = (...tags: MaybeTag[]): string[] => [
  ...new Set(tags.filter((tag): tag is string => Boolean(tag))),
]

// Next accepts at most 128 tags per call; a page may cite more references than that.
const TAGS_PER_CALL = 64

// A cached no-op whose only effect is that Next records `tags` on the page being rendered.
// Tagging is thereby decoupled from caching data: queries still run when the page renders
// (the page itself is what Next and the edge cache), and tags can follow from what a query
// returned — the related-article cards are tagged by the ids the query found.
const recordTags = async () => null

/**
 * Tags the page being rendered. Outside a Next.js server (Vitest, seeds, scripts) there is no
 * page and no cache, so it does nothing.
 */
export async function tagPage(...tags: MaybeTag[]): Promise<void> {
  if (!process.env.NEXT_RUNTIME) return
  const unique = tagList(TAGS.site, ...tags)
  // Imported here, so scripts reading the tag list (the edge's VCL) need no Next.js server.
  const { unstable_cache } = await import('next/cache')
  for (let start = 0; start < unique.length; start += TAGS_PER_CALL) {
    // One key for every call: the entry holds nothing, so sharing it costs nothing.
    await unstable_cache(recordTags, ['annals-page-tags'], {
      tags: unique.slice(start, start + TAGS_PER_CALL),
    })()
  }
}

/**
 * Runs a query, then tags the page with what it read: `tagsOf` sees the result, so a list
 * can be tagged by the ids it returned.
 */
export async function underTags<T>(
  query: () => Promise<T>,
  tagsOf: (result: T) => MaybeTag[],
): Promise<T> {
  const result = await query()
  await tagPage(...tagsOf(result))
  return result
}
