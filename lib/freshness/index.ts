/**
 * Freshness: how a publish reaches every reader. A query tags the page it renders with what it
 * read (`tagPage`, the vocabulary in `TAGS`); a collection says which tags a change of its
 * documents touches (`revalidateOn`); the change is announced once, after commit, to the
 * change log that every instance follows (`startRevalidationListener`), which revalidates its
 * own cache and then drops the same tags at the edge. Explained in docs/caching.md.
 *
 * Everything outside imports from here, with two exceptions for code that must not carry the
 * rest: next.config.mjs loads `edgeTagsCacheHandler.mjs` by path (Next runs it outside its
 * bundler), and the proxy and the edge's VCL script read `cacheTags.ts` alone (no `pg` in the
 * proxy's bundle, no Next server modules in plain Node).
 */
export {
  isRequestRendered,
  REQUEST_RENDERED_PAGE_TAGS,
  tagList,
  TAGS,
  tagPage,
  underTags,
  type MaybeTag,
} from './cacheTags'
export {
  announceChange,
  canRevalidate,
  revalidateOn,
  revalidateTagsHere,
  touchesReaders,
  type Change,
} from './revalidate'
export {
  boundRememberedTags,
  broadcastChange,
  CHANGE_LOG,
  CHANGE_LOG_KEEP,
  changesSince,
  CHANNEL,
  internalToken,
  MAX_REMEMBERED_TAGS,
  MAX_REPLAYED_TAGS,
  TOKEN_HEADER,
  type ChangeMessage,
  type LoggedChange,
} from './revalidationBus'
export { startRevalidationListener } from './revalidationListener'
export {
  adoptRevalidationState,
  forgetRevalidationStates,
  readRevalidationState,
  writeRevalidationState,
} from './revalidationState.mjs'
export { withTags } from './responseTags'
export { banEdge, cdnServers } from './edgePurge'
export {
  BAN_TAGS_HEADER,
  banHeaders,
  EDGE_TAGS_HEADER,
  edgeTagsHeader,
  MAX_EDGE_TAGS_BYTES,
} from './edgeTags.mjs'
export { cachedSearch, clearSearchCache, MAX_CACHED_SEARCHES } from './searchCache'
