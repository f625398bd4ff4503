const BASE = 'http://same-origin.invalid'

/**
 * The same-origin path a redirect may go to, or `fallback`. Browsers read "\" as "/" and
 * drop tabs and newlines inside URLs, so "/\evil.example" and "/\t/evil.example" would
 * both become "//evil.example" — another site. Only a plain path that resolves to this
 * origin is kept.
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate || candidate.length > 2048) return fallback
  // eslint-disable-next-line no-control-regex
  if (!candidate.startsWith('/') || /[\\\u0000-\u0020\u007f]/.test(candidate)) return fallback
  if (candidate.startsWith('//')) return fallback
  let url: URL
  try {
    url = new URL(candidate, BASE)
  } catch {
    return fallback
  }
  if (url.origin !== BASE) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/** Whether `candidate` is a safe same-origin path (see safeRedirectPath). */
export const isSafeRedirectPath = (candidate: string | null | undefined) =>
  safeRedirectPath(candidate, '') !== ''
