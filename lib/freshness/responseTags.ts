import { tagList, TAGS, type MaybeTag } from './cacheTags'
import { EDGE_TAGS_HEADER, edgeTagsHeader } from './edgeTags.mjs'

/**
 * Tags a download like a page, so a change touching one of `tags` drops it at the edge. Next
 * answers the downloads (`/events.csv`, a reference's BibTeX, …) on every request, since they
 * read the query string or the id, so no cache entry of Next's carries their tags to the edge
 * (`edgeTagsCacheHandler.mjs`): the response names them itself, in the same header.
 */
export function withTags(response: Response, ...tags: MaybeTag[]): Response {
  const header = edgeTagsHeader(tagList(TAGS.site, ...tags).join(','))
  if (header) response.headers.set(EDGE_TAGS_HEADER, header)
  return response
}
