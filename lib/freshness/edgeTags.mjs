/**
 * Cache tags on the wire: how a page tells the edge tier (deploy/varnish) what it shows, and
 * how an instance asks the edge to drop every page showing something. Plain JavaScript,
 * because Next loads the cache handler that writes the header (`edgeTagsCacheHandler.mjs`)
 * outside its bundler.
 *
 * A page's tags are the ones its queries recorded (`cacheTags.ts`); Next keeps them with
 * the cached page, and the handler copies them into this response header. The edge then drops
 * pages by tag with one `BAN` naming the tags a change touched, as Fastly's surrogate keys or
 * Varnish's xkey do: exactly the pages Next re-renders, however many, for one request.
 */
export const EDGE_TAGS_HEADER = 'x-annals-tags'

/** Next's own path tags ("_N_T_/articles/layout"): the edge bans by ours alone. */
const NEXT_IMPLICIT_TAG = '_N_T_'

/**
 * Characters a tag may hold on the wire: tags are built from ids and URL slugs (`slugify`), so
 * none is a regular-expression or header metacharacter. The VCL refuses a BAN naming anything
 * else.
 */
export const WIRE_TAG = /^[A-Za-z0-9:_-]+$/

/**
 * A header line above Varnish's limit (`http_resp_hdr_len`, 8 KB) fails the whole fetch. A
 * page with more tags than fit is sent without them; the edge keeps such a page only for the
 * app's short `s-maxage`, since no ban could reach it.
 */
export const MAX_EDGE_TAGS_BYTES = 6_000

/**
 * The header value for Next's list of a page's tags (comma-separated), or undefined when the
 * page carries none of ours or too many to send.
 *
 * @param {string} nextTags
 * @returns {string | undefined}
 */
export function edgeTagsHeader(nextTags) {
  const tags = [
    ...new Set(
      nextTags
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag && !tag.startsWith(NEXT_IMPLICIT_TAG) && WIRE_TAG.test(tag)),
    ),
  ]
  const value = tags.join(' ')
  if (!value || value.length > MAX_EDGE_TAGS_BYTES) return undefined
  return value
}

/** The request header of a BAN: the tags whose pages the edge drops. */
export const BAN_TAGS_HEADER = 'x-ban-tags'

/** Tags per BAN request, so one request stays well under the edge's header limit. */
const BAN_BYTES = 4_000

/**
 * Splits tags into BAN header values (space-separated) of bounded size. Tags that could not be
 * sent safely are left out: no page carries them on the wire either.
 *
 * @param {Iterable<string>} tags
 * @returns {string[]}
 */
export function banHeaders(tags) {
  /** @type {string[]} */
  const headers = []
  let current = ''
  for (const tag of new Set(tags)) {
    if (!WIRE_TAG.test(tag)) continue
    if (current && current.length + 1 + tag.length > BAN_BYTES) {
      headers.push(current)
      current = ''
    }
    current = current ? `${current} ${tag}` : tag
  }
  if (current) headers.push(current)
  return headers
}
