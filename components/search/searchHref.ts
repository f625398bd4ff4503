/** The address of a page of search results. */
export const searchHref = (query: string, page = 1) =>
  `/search?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query })}`
