/**
 * The id of a relationship value, whether Payload returned it as an id (depth 0) or as the
 * populated document.
 */
export const idOf = (value: null | number | { id: number } | undefined): number | undefined =>
  typeof value === 'object' && value !== null ? value.id : (value ?? undefined)
