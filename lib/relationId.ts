/**
 * The id of a relationship value, whether Payload returned it as an id (depth 0) or as the
 * populated document.
 */
export const idOf = <T = unknown>(value: T | { id: T } | null | undefined): T | undefined =>
  typeof value === 'object' && value !== null
    ? (value as { id: T }).id
    : ((value as T | null | undefined) ?? undefined)

/**
 * The id as a number: stored JSON (a Lexical body, a form's value) may hold it as a numeric
 * string.
 */
export const numericIdOf = (value: unknown): number | undefined => {
  const id = idOf(value)
  if (typeof id === 'number') return id
  if (typeof id === 'string' && /^\d+$/.test(id)) return Number(id)
  return undefined
}
