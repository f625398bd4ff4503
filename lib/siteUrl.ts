/** This server on the local machine, on the port `next start` serves (PORT, by default 3000). */
export const localOrigin = (host: 'localhost' | '127.0.0.1' = 'localhost') =>
  `http://${host}:${process.env.PORT || 3000}`

/**
 * The public origin of the site, for canonical URLs, the sitemap, the feed and the admin's
 * check of where a signed-in request comes from: SITE_URL, or this server on localhost.
 */
export const siteUrl = (): string => (process.env.SITE_URL || localOrigin()).replace(/\/+$/, '')

/** An absolute URL on the public site, for a path starting with a slash. */
export const absoluteUrl = (path: string) => `${siteUrl()}${path}`
