const TRACKING_PARAM = /^(utm_|fbclid$|gclid$)/

/**
 * The form of a URL used to recognise the same source cited twice: scheme, "www.", default
 * ports, fragments, tracking parameters, parameter order and trailing slashes don't matter.
 */
export const normalizeUrl = (value: string): string => {
  const url = new URL(value.trim())
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  const params = [...url.searchParams.entries()]
    .filter(([key]) => !TRACKING_PARAM.test(key))
    .sort(([a], [b]) => a.localeCompare(b))
  const query = new URLSearchParams(params).toString()
  const path = url.pathname.replace(/\/+$/, '')
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query ? `?${query}` : ''}`
}
