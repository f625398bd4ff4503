import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FlattenedField,
} from 'payload'

import { validateDateValue } from '@/fields/validateDate'
import { withExistingRelationships } from '@/fields/validateRelationship'

type Problem = { path: string; message: string }

// Editor states nest a few dozen levels at most; anything deeper is refused before any
// recursive code (Payload's, Lexical's, the database driver's) walks it.
const MAX_DEPTH = 64
const MAX_LIMIT = 1000
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
const CONTROL_CHARACTER = /[^\P{Cc}\t\n\r]/u
// createdAt is the server's to set: a client could otherwise backdate a document. (updatedAt
// is the workflow's concurrency token on updates, and Payload overwrites it on every save.)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first problem in a request body: too deep, or a NUL character in some string. */
export function findBodyProblem(data: unknown): Problem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: data, path: '', depth: 0 },
  ]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        return { path: path || 'data', message: 'Text must not contain NUL (\\u0000) characters.' }
      }
      // Control characters print as nothing, cannot be typed in the admin, and make the feed
      // and sitemaps unreadable XML; tab and line breaks are text.
      if (CONTROL_CHARACTER.test(value)) {
        return {
          path: path || 'data',
          message: 'Text must not contain control characters (other than tab and line breaks).',
        }
      }
      // Lone surrogates cannot be stored as UTF-8.
      if (!value.isWellFormed()) {
        return { path: path || 'data', message: 'Text contains an invalid Unicode sequence.' }
      }
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) {
        return {
          path: path || 'data',
          message: `Data is nested more than ${MAX_DEPTH} levels deep.`,
        }
      }
      for (const [key, child] of Object.entries(value)) {
        if (key.includes('\u0000'))
          return { path: path || 'data', message: 'Field names must not contain NUL characters.' }
        stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 })
      }
    }
  }
  return undefined
}

const isWholeNumber = (value: unknown) =>
  (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) &&
  Number.isSafeInteger(Number(value))

/** Finds the field a where-path names among the collection's fields (groups followed). */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | 'id' | undefined {
  if (path === 'id') return 'id'
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  // Queries of versions (which Payload's hooks see as reads) name the document's fields under
  // `version.` over REST and `version__` over GraphQL; no collection has a field of that name.
  if (!field && path.startsWith('version__')) return fieldAt(fields, path.slice(9))
  if (!field && head === 'version' && rest.length) return fieldAt(fields, rest.join('.'))
  if (!field) return undefined
  if (!rest.length) return field
  if ((field.type === 'group' || field.type === 'array') && 'flattenedFields' in field) {
    return fieldAt(field.flattenedFields, rest.join('.'))
  }
  return undefined
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',')
      : isRecord(value)
        ? Object.values(value)
        : [value]

/** Checks one operator's value against the type of the field it queries. */
function checkCondition(
  field: FlattenedField | 'id' | undefined,
  operator: string,
  value: unknown,
): string | undefined {
  if (!OPERATORS.has(operator)) return `Unknown operator "${operator.slice(0, 40)}".`
  if (operator === 'exists') {
    return ['true', 'false', true, false].includes(value as string)
      ? undefined
      : 'exists takes true or false.'
  }
  const values = LIST_OPERATORS.has(operator) ? listOf(value) : [value]
  for (const item of values) {
    if (typeof item === 'string' && item.includes('\u0000'))
      return 'Values must not contain NUL characters.'
    if (!isRecord(item) && !Array.isArray(item)) continue
    return 'Give a plain value, not an object.'
  }
  if (!field) return undefined
  const type = field === 'id' ? 'id' : field.type
  if (TEXT_OPERATORS.has(operator)) {
    // PostgreSQL has ILIKE for text columns only: on a number, date, enum or JSON column it
    // fails ("jsonb ~~* unknown"), which was a 500. `contains` also tests membership of a
    // many-valued field, whose values are then checked as for `equals` below.
    const many = field !== 'id' && 'hasMany' in field && field.hasMany === true
    if (!TEXT_TYPES.has(type) && !(operator === 'contains' && many)) {
      return `${operator} compares text; this field holds ${type === 'richText' ? 'rich text (use /search)' : `a ${type}`}.`
    }
    if (TEXT_TYPES.has(type)) return undefined
  }
  // An empty string is no value for a typed column: PostgreSQL refuses '' as a number,
  // date or enum, so it is refused here with the field's name instead.
  const present = values.filter((item) => item !== null && item !== undefined && item !== 'null')
  if (type === 'id' || type === 'number' || type === 'relationship' || type === 'upload') {
    const bad = present.find(
      (item) => !isWholeNumber(item) && !(type === 'number' && Number.isFinite(Number(item))),
    )
    return bad === undefined ? undefined : `"${String(bad).slice(0, 40)}" is not a number.`
  }
  if (type === 'date') {
    const bad = present.find((item) => validateDateValue(item) !== true)
    return bad === undefined ? undefined : `"${String(bad).slice(0, 40)}" is not a date.`
  }
  if (field !== 'id' && field.type === 'select') {
    const options = field.options.map((option) =>
      typeof option === 'string' ? option : option.value,
    )
    const bad = present.find((item) => !options.includes(String(item)))
    return bad === undefined
      ? undefined
      : `"${String(bad).slice(0, 40)}" is not one of ${options.join(', ')}.`
  }
  return undefined
}

/** Every problem in a where clause, each with the path of the field it queries. */
export function findWhereProblems(fields: FlattenedField[], where: unknown, depth = 0): Problem[] {
  if (where === undefined || where === null) return []
  if (!isRecord(where))
    return [{ path: 'where', message: 'where must be an object of conditions.' }]
  if (depth > 8) return [{ path: 'where', message: 'where is nested too deeply.' }]
  const problems: Problem[] = []
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const nested of listOf(condition))
        problems.push(...findWhereProblems(fields, nested, depth + 1))
      continue
    }
    if (!isRecord(condition)) {
      problems.push({
        path: `where.${key}`,
        message: 'A condition must name an operator, e.g. where[field][equals]=value.',
      })
      continue
    }
    const field = fieldAt(fields, key)
    for (const [operator, value] of Object.entries(condition)) {
      const message = checkCondition(field, operator, value)
      if (message) problems.push({ path: `where.${key}.${operator}`, message })
    }
  }
  return problems
}

const refuse = (collection: string, problems: Problem[]) =>
  new ValidationError({ collection, errors: problems })

/**
 * Refuses malformed requests before Payload or the database sees them, so that bad input
 * is a 400 naming the field and never a 500: bodies that are not objects, NUL characters,
 * absurd nesting, out-of-range pagination and where clauses whose values cannot be of the
 * queried field's type. Applies to REST and GraphQL, and to Local API calls made on a
 * user's behalf; trusted server code (overrideAccess) may still set timestamps.
 */
export const guardInput: CollectionBeforeOperationHook = (hookArgs) => {
  const { args, collection, operation, req } = hookArgs
  const { overrideAccess } = hookArgs as { overrideAccess?: boolean }
  const fromClient = req.payloadAPI !== 'local' || overrideAccess === false
  if (!fromClient) return args
  const slug = collection.slug
  if (operation === 'create' || operation === 'update') {
    const { data } = args as { data?: unknown }
    if (!isRecord(data)) {
      throw refuse(slug, [
        { path: 'data', message: 'The request body must be a JSON object of fields.' },
      ])
    }
    const problem = findBodyProblem(data)
    if (problem) throw refuse(slug, [problem])
    if (
      '_status' in data &&
      !['draft', 'published', undefined, null].includes(data._status as string)
    ) {
      throw refuse(slug, [{ path: '_status', message: '_status must be "draft" or "published".' }])
    }
    if ('createdAt' in data) {
      const { createdAt: _ignored, ...rest } = data
      ;(args as { data: unknown }).data = rest
    }
  }
  const { id, limit, page, where } = args as {
    id?: unknown
    limit?: unknown
    page?: unknown
    where?: unknown
  }
  const problems: Problem[] = []
  if (id !== undefined && id !== null && !isWholeNumber(id)) {
    problems.push({ path: 'id', message: `"${String(id).slice(0, 40)}" is not a document id.` })
  }
  // Our own server code bounds its reads itself (a sitemap file reads up to 50,000 rows); the
  // cap is for what clients ask for over REST and GraphQL.
  const maxLimit = req.payloadAPI === 'local' ? Number.MAX_SAFE_INTEGER : MAX_LIMIT
  if (
    limit !== undefined &&
    !(isWholeNumber(limit) && Number(limit) >= 0 && Number(limit) <= maxLimit)
  ) {
    problems.push({
      path: 'limit',
      message: `limit must be a whole number from 0 to ${MAX_LIMIT}.`,
    })
  }
  if (page !== undefined && !(isWholeNumber(page) && Number(page) >= 1 && Number(page) <= 1e6)) {
    problems.push({ path: 'page', message: 'page must be a whole number from 1.' })
  }
  problems.push(...findWhereProblems(collection.flattenedFields, where))
  if (problems.length) throw refuse(slug, problems)
  return args
}

/**
 * Adds the input guard to a collection, first among its beforeOperation hooks, and the
 * existence check to its relationship fields.
 */
export const withInputGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withExistingRelationships(collection.fields),
  hooks: {
    ...collection.hooks,
    beforeOperation: [guardInput, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
