import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'

import type { DatePrecision } from '@/lib/format/date'
import { getPayloadClient } from '@/lib/payload'
import { cachedSearch } from '@/lib/freshness'

/**
 * Full-text search of the reader site over published articles and events, on the
 * PostgreSQL objects of `migrations/20261124_040000_search.ts` (weighted `search_vector`
 * columns, trigram indexes on titles). Payload's query language has no full-text search, so
 * this is the one public query in raw SQL: every value in it is a bound parameter, and it
 * reads only rows whose `_status` is 'published' — the main table holds the published
 * version of a document, while newer drafts live in the versions tables.
 */

export const SEARCH_PAGE_SIZE = 10
/** Longer queries are cut here: no reader types more, and the cost stays bounded. */
export const MAX_QUERY_LENGTH = 200
const MAX_PAGE = 1000

// ts_headline marks matches with these; no reader text contains them (input is stripped of
// control characters), so the snippet splits unambiguously into plain and highlighted parts.
const START = '\u0001'
const STOP = '\u0002'
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=36, MinWords=18, ShortWord=2, MaxFragments=1`
// An event's snippet (other names, place, victims) is short: shown whole.
const EVENT_HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`
// A title this close to the query (pg_trgm word similarity) matches it even without a
// common word: "ashraff" or "camp ashrf" find Camp Ashraf. Low enough for one typo in a short
// word, high enough that one shared word of a multi-word query ("houla massacre") is not.
const TITLE_SIMILARITY = 0.65
/**
 * How many rows each branch of the search may bring to ranking: every title match up to
 * TITLE_CANDIDATES, the newest TEXT_CANDIDATES matches in the text, and FUZZY_CANDIDATES
 * near-titles. Results beyond them are not ranked: a reader narrows a query long before.
 */
const TITLE_CANDIDATES = 100
const TEXT_CANDIDATES = 200
const FUZZY_CANDIDATES = 50
const SNIPPET_FALLBACK_LENGTH = 220

export type SnippetPart = { text: string; highlighted: boolean }

export type SearchResult = {
  kind: 'article' | 'event'
  title: string
  slug: string
  url: string
  shortDescription?: string
  /** For events: when it happened (ISO), and how much of that date is known. */
  date?: string
  datePrecision?: DatePrecision
  snippet: SnippetPart[]
}

export type SearchResults = {
  /** The query as searched: trimmed, control characters removed, cut to MAX_QUERY_LENGTH. */
  query: string
  results: SearchResult[]
  /** Results found among the bounded candidates (see TEXT_CANDIDATES). */
  total: number
  /** True when more matched than were ranked: `total` is then a lower bound. */
  capped: boolean
  page: number
  pageCount: number
}

/** The query as searched: whitespace collapsed, no control characters, at most 200 characters. */
export const normalizeQuery = (query: null | string | undefined): string =>
  Array.from(
    (query ?? '')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    // Array.from counts code points, so an emoji is never cut in half.
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .trim()

const normalizePage = (page: number | string | undefined): number => {
  const value = Math.floor(Number(page))
  return Number.isFinite(value) && value >= 1 ? Math.min(value, MAX_PAGE) : 1
}

/** Splits ts_headline output at its markers into plain and highlighted parts. */
export const splitSnippet = (headline: string): SnippetPart[] => {
  const parts: SnippetPart[] = []
  for (const [index, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    // Markers alternate, so odd pieces are the highlighted ones.
    if (piece) parts.push({ text: piece, highlighted: index % 2 === 1 })
  }
  return parts
}

const shorten = (text: string, length: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : length)} …`
}

/**
 * A fragment cut from the middle of the text says so: "… " before it unless it starts the
 * text (the summary, for articles), " …" after it unless it ends a sentence.
 */
const withEllipses = (headline: string, start: null | string): string => {
  const flat = headline.replace(/\s+/g, ' ').trim()
  const plain = flat.replace(new RegExp(`[${START}${STOP}]`, 'g'), '')
  const startsText =
    Boolean(start) && start!.replace(/\s+/g, ' ').trim().startsWith(plain.slice(0, 40))
  return `${startsText ? '' : '… '}${flat}${/[.!?"”)]$/.test(plain) ? '' : ' …'}`
}

type Row = {
  total: number | string
  capped: boolean | null
  kind: 'article' | 'event' | null
  title: string | null
  slug: string | null
  short_description: string | null
  start_date: Date | null | string
  date_precision: DatePrecision | null
  text_hit: boolean | null
  headline: string | null
  fallback: string | null
}

/** The search's one SQL statement (exported so its plan can be examined with EXPLAIN). */
export const searchQuery = (q: string, currentPage: number) => {
  const offset = (currentPage - 1) * SEARCH_PAGE_SIZE
  // websearch_to_tsquery never raises on odd syntax (quotes, &, |, !, :*): it reads the
  // query as a search box would ("a b" AND, "a or b", -not, "phrases"). It is spelled out in
  // each branch rather than read from a CTE so the planner sees the words, knows from the
  // column statistics how common they are, and picks per branch between walking the newest
  // rows (common words) and the GIN index (rare ones).
  const tsq = sql`websearch_to_tsquery('public.annals_search'::regconfig, ${q}::text)`
  const plain = sql`lower(public.annals_unaccent(${q}::text))`
  const fuzzy = Array.from(q).length >= 4
  return sql`
    WITH
    -- Bounded candidate sets, each answerable from one index: every title match (up to a
    -- limit), the newest text matches, and, when the words find less than a page, titles
    -- close to the query (typos). Ranking, counting and snippets then work on these few
    -- hundred rows, so a word in every article costs about what a rare one does.
    article_title_hits AS (
      SELECT a.id FROM articles a
      WHERE to_tsvector('public.annals_search'::regconfig, coalesce(a.title, '')) @@ ${tsq}
        AND a._status = 'published'
      ORDER BY a.updated_at DESC, a.id DESC LIMIT ${TITLE_CANDIDATES}
    ),
    article_text_hits AS (
      SELECT a.id FROM articles a
      WHERE a.search_vector @@ ${tsq} AND a._status = 'published'
      ORDER BY a.updated_at DESC, a.id DESC LIMIT ${TEXT_CANDIDATES}
    ),
    event_title_hits AS (
      SELECT e.id FROM events e
      WHERE to_tsvector('public.annals_search'::regconfig, coalesce(e.name, '')) @@ ${tsq}
        AND e._status = 'published'
      ORDER BY e.updated_at DESC, e.id DESC LIMIT ${TITLE_CANDIDATES}
    ),
    event_text_hits AS (
      SELECT e.id FROM events e
      WHERE e.search_vector @@ ${tsq} AND e._status = 'published'
      ORDER BY e.updated_at DESC, e.id DESC LIMIT ${TEXT_CANDIDATES}
    ),
    event_alternative_hits AS (
      SELECT t.parent_id AS id FROM events_texts t
      WHERE t.path = 'alternativeNames'
        AND setweight(to_tsvector('public.annals_search'::regconfig, coalesce(t.text, '')), 'B') @@ ${tsq}
      LIMIT ${TITLE_CANDIDATES}
    ),
    word_hits AS (
      SELECT (SELECT count(*) FROM article_text_hits) + (SELECT count(*) FROM event_text_hits)
        + (SELECT count(*) FROM event_alternative_hits) AS count
    ),
    article_fuzzy_hits AS (
      SELECT a.id FROM articles a
      WHERE ${fuzzy} AND (SELECT count FROM word_hits) < ${SEARCH_PAGE_SIZE}
        AND ${plain} <% public.annals_unaccent(a.title)
        AND word_similarity(${plain}, public.annals_unaccent(a.title)) >= ${TITLE_SIMILARITY}
        AND a._status = 'published'
      LIMIT ${FUZZY_CANDIDATES}
    ),
    event_fuzzy_hits AS (
      SELECT e.id FROM events e
      WHERE ${fuzzy} AND (SELECT count FROM word_hits) < ${SEARCH_PAGE_SIZE}
        AND ${plain} <% public.annals_unaccent(e.name)
        AND word_similarity(${plain}, public.annals_unaccent(e.name)) >= ${TITLE_SIMILARITY}
        AND e._status = 'published'
      LIMIT ${FUZZY_CANDIDATES}
    ),
    article_ids AS (
      SELECT id FROM article_title_hits UNION SELECT id FROM article_text_hits
      UNION SELECT id FROM article_fuzzy_hits
    ),
    event_ids AS (
      SELECT id FROM event_title_hits UNION SELECT id FROM event_text_hits
      UNION SELECT id FROM event_alternative_hits UNION SELECT id FROM event_fuzzy_hits
    ),
    hits AS (
      SELECT 'article' AS kind, a.id, a.title, a.slug, a.short_description,
             NULL::timestamptz AS start_date, NULL::text AS date_precision,
             a.search_vector AS vector
      FROM articles a JOIN article_ids USING (id)
      WHERE a._status = 'published'
      UNION ALL
      SELECT 'event', e.id, e.name, e.slug, NULL, e.start_date, e.date_precision::text,
             e.search_vector || coalesce(alt.vector, '')
      FROM events e JOIN event_ids USING (id)
      LEFT JOIN LATERAL (
        SELECT setweight(to_tsvector('public.annals_search'::regconfig, coalesce(string_agg(t.text, ' '), '')), 'B') AS vector
        FROM events_texts t WHERE t.parent_id = e.id AND t.path = 'alternativeNames'
      ) alt ON true
      WHERE e._status = 'published'
    ),
    scored AS (
      SELECT h.*, h.vector @@ ${tsq} AS text_hit,
        lower(public.annals_unaccent(h.title)) = ${plain} AS exact,
        -- Exact titles come first (ORDER BY below). Then tiers: a title match (4) outranks a
        -- match in the short description (1) plus the weighted text rank (D body 0.1 … A
        -- title 1, scaled below 1), the title's word similarity (up to 1) and its whole-title
        -- similarity (up to 0.5, so "camp ashrf" prefers "Camp Ashraf" to longer titles).
        (CASE WHEN to_tsvector('public.annals_search'::regconfig, h.title) @@ ${tsq} THEN 4 ELSE 0 END)
        + (CASE WHEN to_tsvector('public.annals_search'::regconfig, coalesce(h.short_description, '')) @@ ${tsq} THEN 1 ELSE 0 END)
        + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', h.vector, ${tsq}, 32)
        + word_similarity(${plain}, public.annals_unaccent(h.title))
        + 0.5 * similarity(${plain}, public.annals_unaccent(h.title)) AS score
      FROM hits h
    ),
    page AS (
      SELECT id, kind, title, slug, short_description, start_date, date_precision, text_hit,
        exact, score
      FROM scored
      -- An article and the event it is about share their title: the article comes first.
      ORDER BY exact DESC, CASE WHEN exact THEN kind END, score DESC, kind, title, id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    ),
    -- Snippets are made for the rows shown only: extracting a body's text is the costly part.
    sources AS (
      SELECT p.id, p.kind,
        CASE WHEN p.kind = 'article' THEN
          (SELECT coalesce(a.summary, '') || E'\n' || coalesce(public.annals_lexical_text(a.body), '')
           FROM articles a WHERE a.id = p.id)
        ELSE
          (SELECT concat_ws(' · ',
             'Also known as ' || (SELECT string_agg(t.text, ', ' ORDER BY t."order") FROM events_texts t
                                  WHERE t.parent_id = e.id AND t.path = 'alternativeNames'),
             nullif(concat_ws(', ', e.location_place, e.location_region, e.location_country), ''),
             'Victims: ' || e.victims_text)
           FROM events e WHERE e.id = p.id)
        END AS snippet_source,
        CASE WHEN p.kind = 'article' THEN (SELECT a.summary FROM articles a WHERE a.id = p.id)
        ELSE (SELECT concat_ws(' · ', nullif(concat_ws(', ', e.location_place, e.location_region, e.location_country), ''),
               'Victims: ' || e.victims_text) FROM events e WHERE e.id = p.id)
        END AS fallback
      FROM page p
    )
    SELECT (SELECT count(*) FROM scored) AS total,
      (SELECT count(*) FROM article_text_hits) >= ${TEXT_CANDIDATES}
        OR (SELECT count(*) FROM event_text_hits) >= ${TEXT_CANDIDATES}
        OR (SELECT count(*) FROM article_title_hits) >= ${TITLE_CANDIDATES}
        OR (SELECT count(*) FROM event_title_hits) >= ${TITLE_CANDIDATES} AS capped,
      p.kind, p.title, p.slug, p.short_description, p.start_date, p.date_precision, p.text_hit,
      CASE WHEN p.text_hit THEN ts_headline('public.annals_search'::regconfig, s.snippet_source, ${tsq},
        CASE WHEN p.kind = 'event' THEN ${EVENT_HEADLINE_OPTIONS}::text ELSE ${HEADLINE_OPTIONS}::text END) END AS headline,
      s.fallback
    FROM (SELECT 1) one
    LEFT JOIN page p ON true
    LEFT JOIN sources s ON s.id = p.id AND s.kind = p.kind
    ORDER BY p.exact DESC, CASE WHEN p.exact THEN p.kind END, p.score DESC, p.kind, p.title, p.id
  `
}

export type SearchArgs = { query: null | string | undefined; page?: number | string }

export async function searchSite({ query, page }: SearchArgs): Promise<SearchResults> {
  const q = normalizeQuery(query)
  const currentPage = normalizePage(page)
  const empty = { query: q, results: [], total: 0, capped: false, page: currentPage, pageCount: 0 }
  if (!q) return empty

  return cachedSearch(`${currentPage}:${q}`, async () => {
    const payload = await getPayloadClient()
    const { drizzle } = payload.db as unknown as PostgresAdapter
    const { rows } = await drizzle.execute<Row>(searchQuery(q, currentPage))
    return { ...empty, ...resultsOf(rows) }
  })
}

/** The page of results, from the statement's rows. */
function resultsOf(rows: Row[]): Omit<SearchResults, 'query' | 'page'> {
  const total = Number(rows[0]?.total ?? 0)
  const results = rows
    .filter((row) => row.kind && row.title && row.slug)
    .map((row): SearchResult => {
      const kind = row.kind!
      const slug = row.slug!
      return {
        kind,
        title: row.title!,
        slug,
        url: `/${kind === 'article' ? 'articles' : 'events'}/${slug}`,
        ...(row.short_description ? { shortDescription: row.short_description } : {}),
        ...(row.start_date
          ? {
              date: new Date(row.start_date).toISOString(),
              datePrecision: row.date_precision ?? 'day',
            }
          : {}),
        snippet: row.headline
          ? splitSnippet(
              // An event's snippet is its whole text (EVENT_HEADLINE_OPTIONS).
              kind === 'event'
                ? row.headline.replace(/\s+/g, ' ').trim()
                : withEllipses(row.headline, row.fallback),
            )
          : [
              { text: shorten(row.fallback ?? '', SNIPPET_FALLBACK_LENGTH), highlighted: false },
            ].filter((part) => part.text),
      }
    })
  return {
    results,
    total,
    capped: Boolean(rows[0]?.capped),
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
  }
}
