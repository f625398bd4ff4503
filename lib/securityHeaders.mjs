/**
 * Security headers for every response (issue 9, item 2). The reader site loads nothing from
 * another origin (STYLE: offline, no remote fonts, images or scripts), so its policy names
 * no remote source. Next.js inlines its bootstrap scripts into statically rendered pages, and
 * a per-request nonce would make every page dynamic, so inline scripts stay allowed; object,
 * base and framing are shut. The admin may not be framed by anyone (clickjacking); reader
 * pages only by this site, for the admin's live preview.
 *
 * Plain JavaScript so that `next.config.mjs` can set them as static header rules, which the
 * router applies at no cost per request (set from `proxy.ts`, they halved cached pages'
 * throughput).
 */
/** @typedef {{ key: string, value: string }[]} HeaderList */

const development = process.env.NODE_ENV === 'development'

/** @param {string} frameAncestors */
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    // React's development build evaluates code; production does not.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

/** @param {boolean} production @returns {HeaderList} */
const common = (production) => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  },
  ...(production
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]

/** Headers of the admin and the API: never framed. @returns {HeaderList} */
export const adminSecurityHeaders = (production = process.env.NODE_ENV === 'production') => [
  ...common(production),
  { key: 'Content-Security-Policy', value: csp("'none'") },
  { key: 'X-Frame-Options', value: 'DENY' },
]

/** Headers of the reader site: framed only by this origin (live preview). @returns {HeaderList} */
export const readerSecurityHeaders = (production = process.env.NODE_ENV === 'production') => [
  ...common(production),
  { key: 'Content-Security-Policy', value: csp("'self'") },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
]

/** Whether a path belongs to the admin side (admin pages and the API). @param {string} pathname */
export const isAdminPath = (pathname) =>
  pathname === '/admin' ||
  pathname.startsWith('/admin/') ||
  pathname === '/api' ||
  pathname.startsWith('/api/')

/**
 * The headers for a path.
 * @param {string} pathname
 * @param {boolean} [production]
 */
export const securityHeadersFor = (pathname, production) =>
  isAdminPath(pathname) ? adminSecurityHeaders(production) : readerSecurityHeaders(production)
