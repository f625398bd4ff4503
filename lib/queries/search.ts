import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'

import type { DatePrecision } from '@/lib/format/date'
import { getPayloadClient } from '@/lib/payload'

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
  total: number
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

export type SearchArgs = { query: null | string | undefined; page?: number | string }

export async function searchSite({ query, page }: SearchArgs): Promise<SearchResults> {
  const q = normalizeQuery(query)
  const currentPage = normalizePage(page)
  const empty = { query: q, results: [], total: 0, page: currentPage, pageCount: 0 }
  if (!q) return empty

  const payload = await getPayloadClient()
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const offset = (currentPage - 1) * SEARCH_PAGE_SIZE

  // websearch_to_tsquery never raises on odd syntax (quotes, &, |, !, :*): it reads the
  // query as a search box would ("a b" AND, "a or b", -not, "phrases").
  const { rows } = await drizzle.execute<Row>(sql`
    WITH input AS (
      SELECT websearch_to_tsquery('public.annals_search'::regconfig, ${q}::text) AS tsq,
             lower(public.annals_unaccent(${q}::text)) AS plain,
             char_length(${q}::text) >= 4 AS fuzzy
    ),
    -- Ids first, each branch answerable from one GIN index.
    article_ids AS (
      SELECT a.id FROM articles a, input i WHERE a.search_vector @@ i.tsq
      UNION
      SELECT a.id FROM articles a, input i
      WHERE i.fuzzy AND i.plain <% public.annals_unaccent(a.title)
        AND word_similarity(i.plain, public.annals_unaccent(a.title)) >= ${TITLE_SIMILARITY}
    ),
    event_ids AS (
      SELECT e.id FROM events e, input i WHERE e.search_vector @@ i.tsq
      UNION
      SELECT e.id FROM events e, input i
      WHERE i.fuzzy AND i.plain <% public.annals_unaccent(e.name)
        AND word_similarity(i.plain, public.annals_unaccent(e.name)) >= ${TITLE_SIMILARITY}
      UNION
      SELECT t.parent_id FROM events_texts t, input i
      WHERE t.path = 'alternativeNames'
        AND setweight(to_tsvector('public.annals_search'::regconfig, coalesce(t.text, '')), 'B') @@ i.tsq
    ),
    hits AS (
      SELECT 'article' AS kind, a.id, a.title, a.slug, a.short_description,
             NULL::timestamptz AS start_date, NULL::text AS date_precision,
             a.search_vector AS vector,
             coalesce(a.summary, '') || E'\n' || coalesce(public.annals_lexical_text(a.body), '') AS snippet_source,
             a.summary AS fallback
      FROM articles a JOIN article_ids USING (id)
      WHERE a._status = 'published'
      UNION ALL
      SELECT 'event', e.id, e.name, e.slug, NULL, e.start_date, e.date_precision::text,
             e.search_vector || coalesce(alt.vector, ''),
             concat_ws(' · ', 'Also known as ' || alt.names,
               nullif(concat_ws(', ', e.location_place, e.location_region, e.location_country), ''),
               'Victims: ' || e.victims_text),
             concat_ws(' · ', nullif(concat_ws(', ', e.location_place, e.location_region, e.location_country), ''),
               'Victims: ' || e.victims_text)
      FROM events e JOIN event_ids USING (id)
      LEFT JOIN LATERAL (
        SELECT string_agg(t.text, ', ' ORDER BY t."order") AS names,
               setweight(to_tsvector('public.annals_search'::regconfig, coalesce(string_agg(t.text, ' '), '')), 'B') AS vector
        FROM events_texts t WHERE t.parent_id = e.id AND t.path = 'alternativeNames'
      ) alt ON true
      WHERE e._status = 'published'
    ),
    scored AS (
      SELECT h.*, h.vector @@ i.tsq AS text_hit,
        lower(public.annals_unaccent(h.title)) = i.plain AS exact,
        -- Exact titles come first (ORDER BY below). Then tiers: a title match (4) outranks a
        -- match in the short description (1) plus the weighted text rank (D body 0.1 … A
        -- title 1, scaled below 1), the title's word similarity (up to 1) and its whole-title
        -- similarity (up to 0.5, so "camp ashrf" prefers "Camp Ashraf" to longer titles).
        (CASE WHEN to_tsvector('public.annals_search'::regconfig, h.title) @@ i.tsq THEN 4 ELSE 0 END)
        + (CASE WHEN to_tsvector('public.annals_search'::regconfig, coalesce(h.short_description, '')) @@ i.tsq THEN 1 ELSE 0 END)
        + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', h.vector, i.tsq, 32)
        + word_similarity(i.plain, public.annals_unaccent(h.title))
        + 0.5 * similarity(i.plain, public.annals_unaccent(h.title)) AS score
      FROM hits h, input i
    ),
    page AS (
      SELECT * FROM scored
      -- An article and the event it is about share their title: the article comes first.
      ORDER BY exact DESC, CASE WHEN exact THEN kind END, score DESC, kind, title, id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT (SELECT count(*) FROM scored) AS total,
      p.kind, p.title, p.slug, p.short_description, p.start_date, p.date_precision, p.text_hit,
      CASE WHEN p.text_hit THEN ts_headline('public.annals_search'::regconfig, p.snippet_source, i.tsq,
        CASE WHEN p.kind = 'event' THEN ${EVENT_HEADLINE_OPTIONS}::text ELSE ${HEADLINE_OPTIONS}::text END) END AS headline,
      p.fallback
    FROM input i LEFT JOIN page p ON true
    ORDER BY p.exact DESC, CASE WHEN p.exact THEN p.kind END, p.score DESC, p.kind, p.title, p.id
  `)

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
  return { ...empty, results, total, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE) }
}
