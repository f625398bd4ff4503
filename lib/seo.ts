/** The public origin of the site, for canonical URLs, the sitemap and the feed. */
export const siteUrl = (): string =>
  (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const absoluteUrl = (path: string) => `${siteUrl()}${path}`
