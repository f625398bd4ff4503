import config from '@payload-config'
import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentData, seededIds, type SeededIds } from './helpers/content'
import { tableChecksums } from './helpers/checksums'
import { getTestPayload } from './helpers/payload'
import { login } from './helpers/rest'

/**
 * Property-based hostile input (issue 9, item 1). Every generated request is sent through
 * Payload's real REST and GraphQL route handlers as each role. The oracle:
 *
 * - no response is a 5xx, and no GraphQL error carries a 5xx status;
 * - a write is built to be invalid (one field gets a value it can never hold, among harmless
 *   decorations: odd Unicode, SQL-like text, unknown fields), so staff get a 400 whose errors
 *   name that field, and anonymous callers a 401/403;
 * - reads may succeed (a SQL-like string is a fine thing to search for) or be refused with a
 *   4xx naming the parameter; anonymous reads never return a draft;
 * - a checksum of every table is the same before and after: nothing rejected was written.
 */

const ROLES = ['anonymous', 'editor', 'reviewer', 'admin'] as const
type Role = (typeof ROLES)[number]
type Collection = 'articles' | 'events' | 'references' | 'reactions'
const COLLECTIONS: Collection[] = ['articles', 'events', 'references', 'reactions']

const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) }
const graphqlHandler = GRAPHQL_POST(config)

type Outcome = { status: number; text: string }

async function send(
  method: keyof typeof handlers,
  path: string,
  token: string | undefined,
  body?: string,
  contentType = 'application/json',
): Promise<Outcome> {
  const url = new URL(`http://localhost/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const headers = new Headers({ 'Content-Type': contentType })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handlers[method](new Request(url, { method, headers, body }), {
    params: Promise.resolve({ slug }),
  })
  return { status: response.status, text: await response.text() }
}

async function sendGraphQL(query: string, token: string | undefined, variables?: unknown) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await graphqlHandler(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    }),
  )
  return { status: response.status, text: await response.text() }
}

// ---- generators ---------------------------------------------------------------------------

const sqlLike = fc.constantFrom(
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  "') UNION SELECT email, hash FROM users --",
  '%',
  '_',
  '\\',
  '$1',
  '::text',
  'NULL',
  '1e400',
  '-1',
  'NaN',
  '9'.repeat(40),
)
const oddUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u202e\u0645\u0631\u062d\u0628\u0627',
    'Z\u0351\u0352\u0353\u0354a\u0300\u0301',
    '\ud83d\ude00'.repeat(30),
    '\ufeff\u200b\u200d',
    'ǅ ß ΐ ﬀ',
  ),
)
const hostileText = fc.oneof(sqlLike, oddUnicode)
const badUrl = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example',
)
const impossibleDate = fc.constantFrom(
  '2013-02-30',
  '2013-13-01',
  '2013-00-10',
  'yesterday',
  '99999-01-01',
  '2013-09-01; DROP TABLE events',
  '',
  '1e400',
)

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const paragraph = (children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const editorState = (children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })
const link = (url: string) => ({
  type: 'link',
  fields: { url, linkType: 'custom', newTab: false },
  children: [text('a link')],
  version: 1,
})
const nested = (depth: number): unknown =>
  depth === 0
    ? text('deep')
    : {
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        children: [{ type: 'listitem', children: [nested(depth - 1)], version: 1 }],
        version: 1,
      }

/** Article bodies the editor could never have produced. */
const malformedLexical = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    [],
    { root: null },
    { root: 'text' },
    { root: { type: 'paragraph', children: [] } },
    { root: { type: 'root' } },
    editorState([{ type: 'script', children: [] }]),
    editorState([{ type: 'heading', tag: 'h1', children: [text('h1')] }]),
    editorState([paragraph([{ type: 'text' }])]),
    editorState([paragraph([{ type: 'upload', value: 1 }])]),
    editorState([paragraph([{ type: 'inlineBlock', fields: { blockType: 'evil' } }])]),
    editorState([editorState([])]),
    editorState([nested(40)]),
  ),
  badUrl.map((url) => editorState([paragraph([link(url)])])),
)

type Mutation = { field: string; data: Record<string, unknown> }

const mutationsFor = (collection: Collection): fc.Arbitrary<Mutation> => {
  const set = (
    field: string,
    value: unknown,
    data: Record<string, unknown> = { [field]: value },
  ) => ({ field, data })
  const common: fc.Arbitrary<Mutation>[] = [
    fc.constant(set('changeSummary', '')),
    hostileText.map((value) => set('changeSummary', `${value}\u0000`)),
    fc
      .constantFrom('Published', 'PUBLISHED', 'archived', "draft' --")
      .map((value) => set('_status', value)),
    fc.constantFrom(['draft'], { a: 1 }).map((value) => set('_status', value)),
  ]
  const own: Record<Collection, fc.Arbitrary<Mutation>[]> = {
    articles: [
      malformedLexical.map((value) => set('body', value)),
      fc.constantFrom('', 'x'.repeat(201)).map((value) => set('title', value)),
      fc.constantFrom(999_999_999, 'abc', -1).map((value) => set('event', value)),
      fc.constantFrom([999_999_999], ['abc']).map((value) => set('seeAlso', value)),
    ],
    events: [
      impossibleDate.map((value) => set('startDate', value)),
      fc.constantFrom('2013-08-31', '1900-01-01').map((value) => set('endDate', value)),
      fc.oneof(hostileText, fc.constant('Massacre')).map((value) => set('type', value)),
      impossibleDate
        .filter((value) => value !== '')
        .map((value) =>
          set('figures', [{ kind: 'deaths', value: 3, claimedBy: 'UN', asOf: value }]),
        ),
      fc
        .constantFrom(-1, 1.5, Number.POSITIVE_INFINITY)
        .map((value) => set('figures', [{ kind: 'deaths', value, claimedBy: 'UN' }])),
      fc.constantFrom(91, -1000, 1e308).map((value) => set('location', { latitude: value })),
      fc.constantFrom(999_999_999, 'abc').map((value) => set('partOf', value)),
      fc.constant(set('name', '')),
    ],
    references: [
      badUrl.map((value) => set('url', value)),
      badUrl.map((value) => set('archiveUrl', value)),
      impossibleDate.filter((value) => value !== '').map((value) => set('date', value)),
      hostileText.map((value) => set('citationType', value)),
      fc.constant(set('title', '')),
    ],
    reactions: [
      fc.constantFrom(999_999_999, 'abc', null).map((value) => set('event', value)),
      impossibleDate.map((value) => set('date', value)),
      hostileText.map((value) => set('stance', value)),
      fc.constantFrom(999_999_999, 'x').map((value) => set('reference', value)),
    ],
  }
  return fc.oneof(...common, ...own[collection])
}

/** Text any text field may hold: odd, but no control character and no lone surrogate. */
const storable = (value: string) => !/[^\P{Cc}\t\n\r]/u.test(value) && value.isWellFormed()

/** Harmless additions: unknown fields and odd text where any text is allowed. */
const decorations = fc.dictionary(
  fc.oneof(sqlLike, fc.string({ maxLength: 12 })).filter(storable),
  hostileText.filter(storable),
  {
    maxKeys: 3,
  },
)

// ---- oracle helpers -----------------------------------------------------------------------

const counts = new Map<string, number>()
const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
const statusClass = (status: number) => `${Math.floor(status / 100)}xx`

/** Whether a 400 names the field: in Payload's field errors or the message. */
const namesField = (body: string, field: string) => {
  type Item = { path?: string }
  const parsed = JSON.parse(body) as {
    errors?: { message?: string; data?: { errors?: Item[] } | Item[] }[]
  }
  return (parsed.errors ?? []).some((error) => {
    const items = Array.isArray(error.data) ? error.data : (error.data?.errors ?? [])
    return (
      (error.message ?? '').includes(field) ||
      items.some((item) => (item.path ?? '').split('.').includes(field))
    )
  })
}

describe('hostile requests', () => {
  let payload: Payload
  let ids: SeededIds
  const tokens: Record<Role, string | undefined> = {
    anonymous: undefined,
    editor: undefined,
    reviewer: undefined,
    admin: undefined,
  }
  const existing: Partial<Record<Collection, number>> = {}
  let before: Map<string, string>

  beforeAll(async () => {
    payload = await getTestPayload()
    ids = await seededIds(payload)
    tokens.editor = await login('editor')
    tokens.reviewer = await login('reviewer')
    tokens.admin = await login('admin')
    for (const collection of COLLECTIONS) {
      const { docs } = await payload.find({ collection, limit: 1, depth: 0, sort: 'id' })
      existing[collection] = docs[0].id
    }
    before = await tableChecksums(payload)
  })

  afterAll(() => {
    const total = [...counts.entries()]
      .filter(([key]) => key.startsWith('total'))
      .reduce((sum, [, n]) => sum + n, 0)
    console.log(`Hostile requests: ${total}`)
    for (const [key, n] of [...counts.entries()].sort()) console.log(`  ${key}: ${n}`)
  })

  it('should refuse every invalid write as each role with a 4xx naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROLES),
        fc
          .constantFrom(...COLLECTIONS)
          .chain((collection) =>
            fc.tuple(fc.constant(collection), mutationsFor(collection), decorations, fc.boolean()),
          ),
        async (role, [collection, mutation, extra, create]) => {
          const base = contentData(collection, ids, 'Hostile')
          const data = { ...extra, ...base, ...mutation.data }
          const path = create
            ? `/${collection}?draft=true`
            : `/${collection}/${existing[collection]}?draft=true`
          const { status, text: body } = await send(
            create ? 'POST' : 'PATCH',
            path,
            tokens[role],
            JSON.stringify(data),
          )
          count(`total rest writes`)
          count(`rest write ${role} ${status}`)
          expect(status, body).toBeLessThan(500)
          // Anonymous writes are refused by access control, or earlier by the shape checks.
          if (role === 'anonymous') {
            expect([400, 401, 403]).toContain(status)
          } else {
            expect(status, `${mutation.field}: ${body}`).toBe(400)
            expect(namesField(body, mutation.field), body).toBe(true)
          }
        },
      ),
      { numRuns: 500 },
    )
  }, 600_000)

  it('should answer malformed request bodies with a 4xx, never a 5xx', async () => {
    const bodies = fc.oneof(
      fc.constantFrom('null', '"text"', '[1,2,3]', '42', 'true', '{', '{"a":', ''),
      fc.constant(`{"name":${'['.repeat(3000)}${']'.repeat(3000)}}`),
      fc.constant(`{"changeSummary":"x","a":${'{"b":'.repeat(200)}1${'}'.repeat(200)}}`),
      fc.string({ unit: 'binary', maxLength: 60 }),
    )
    const types = fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...COLLECTIONS),
        bodies,
        types,
        async (role, collection, body, type) => {
          const { status, text: response } = await send(
            'POST',
            `/${collection}?draft=true`,
            tokens[role],
            body,
            type,
          )
          count('total malformed bodies')
          count(`malformed body ${statusClass(status)}`)
          expect(status, response).toBeGreaterThanOrEqual(400)
          expect(status, response).toBeLessThan(500)
        },
      ),
      { numRuns: 150 },
    )
  }, 600_000)

  it('should answer hostile query parameters with a 2xx or a 4xx naming the parameter', async () => {
    const params = fc.constantFrom(
      'where[title][equals]',
      'where[name][like]',
      'where[id][in]',
      'where[id][equals]',
      'where[startDate][greater_than]',
      'where[_status][equals]',
      'where[body][like]',
      'where[body][contains]',
      'where[body][not_like]',
      'where[type][like]',
      'where[_status][contains]',
      'where[updatedAt][not_like]',
      'where[or][0][slug][equals]',
      'where',
      'limit',
      'page',
      'depth',
      'sort',
      'draft',
      'select[title]',
      'populate[events][name]',
      'locale',
      'trash',
      'joins',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...COLLECTIONS),
        params,
        fc.oneof(
          hostileText,
          impossibleDate,
          fc.constantFrom('-1', '0', '1e400', '1.5', 'true', '{"id":{"in":"x"}}'),
        ),
        async (role, collection, param, value) => {
          const query = `${encodeURIComponent(param).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(value)}`
          const { status, text: body } = await send('GET', `/${collection}?${query}`, tokens[role])
          count('total rest reads')
          count(`rest read ${statusClass(status)}`)
          expect(status, body).toBeLessThan(500)
          const refused = status >= 400
          // The parameter, or the field it queries: where[title][equals] may name "title".
          const names = param.split(/[[\]]+/).filter(Boolean)
          const named = refused
            ? names.some((name) => namesField(body, name)) || body.includes('query parameter')
            : true
          expect(named, body).toBe(true)
          const drafts =
            status === 200 && role === 'anonymous'
              ? ((JSON.parse(body) as { docs?: { _status?: string }[] }).docs?.filter(
                  (doc) => doc._status === 'draft',
                ) ?? [])
              : []
          expect(drafts).toEqual([])
        },
      ),
      { numRuns: 250 },
    )
  }, 600_000)

  it('should answer hostile document ids with a 4xx or the document their leading number names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...COLLECTIONS),
        fc.oneof(
          hostileText.filter((value) => value.trim() !== '' && !/^\d+$/.test(value.trim())),
          fc.constantFrom('-1', '1e400', '0x10'),
        ),
        async (role, collection, id) => {
          const { status, text: body } = await send(
            'GET',
            `/${collection}/${encodeURIComponent(id)}`,
            tokens[role],
          )
          count('total rest ids')
          count(`rest id ${statusClass(status)}`)
          expect(status, body).toBeLessThan(500)
          // Payload reads a numeric id with parseInt, so "1; SELECT …" is document 1: harmless,
          // since the id reaches the database as a bound integer, never as SQL.
          const found = status === 200 ? (JSON.parse(body) as { id: number }).id : undefined
          expect([undefined, Number.parseInt(id, 10)]).toContain(found)
        },
      ),
      { numRuns: 100 },
    )
  }, 600_000)

  it('should answer hostile GraphQL with no 5xx and no data written', async () => {
    const queries: fc.Arbitrary<{ query: string; variables?: unknown }> = fc.oneof(
      fc
        .tuple(hostileText, fc.constantFrom('Articles', 'Events', 'References', 'Reactions'))
        .map(([value, many]) => ({
          query: `query ($v: String) { ${many}(where: { slug: { equals: $v } }) { docs { id } } }`,
          variables: { v: value },
        })),
      fc
        .tuple(fc.constantFrom(-1, 0, 1e308, 2 ** 31), fc.constantFrom(-5, 0, 1e308))
        .map(([limit, page]) => ({
          query: `{ Events(limit: ${limit}, page: ${page}) { docs { id } } }`,
        })),
      fc.constantFrom('Articles', 'Events').map((many) => ({
        query: `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: ${many}(limit: 100) { docs { id } }`).join(' ')} }`,
      })),
      fc.constant({
        query: `{ Articles { docs { ${'seeAlso { '.repeat(20)}id${' }'.repeat(20)} } } }`,
      }),
      fc.string({ maxLength: 80 }).map((query) => ({ query })),
      fc.tuple(hostileText, impossibleDate).map(([name, date]) => ({
        query: `mutation ($name: String!, $date: String!) { createEvent(data: { name: $name, slug: "hostile-gql", type: attack, startDate: $date, datePrecision: day, changeSummary: "x" }, draft: true) { id } }`,
        variables: { name, date },
      })),
      malformedLexical.map((body) => ({
        query: `mutation ($body: JSON) { createArticle(data: { title: "Hostile", slug: "hostile-gql", changeSummary: "x", body: $body }, draft: true) { id } }`,
        variables: { body },
      })),
      fc.constantFrom(999_999_999, -1).map((id) => ({
        query: `mutation { updateEvent(id: ${id}, data: { changeSummary: "x" }, draft: true) { id } }`,
      })),
      fc.constant({ query: '{ Events(where: { id: { in: ["abc"] } }) { docs { id } } }' }),
      fc.constant({
        query: '{ Events(where: { startDate: { greater_than: "2013-02-30" } }) { docs { id } } }',
      }),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROLES), queries, async (role, { query, variables }) => {
        const { status, text: body } = await sendGraphQL(query, tokens[role], variables)
        count('total graphql')
        const parsed = JSON.parse(body) as {
          data?: Record<string, unknown> | null
          errors?: { extensions?: { statusCode?: number } }[]
        }
        const statuses = (parsed.errors ?? []).map((error) => error.extensions?.statusCode ?? 400)
        count(`graphql ${statusClass(Math.max(status, ...statuses))}`)
        expect(status, body).toBeLessThan(500)
        expect(
          statuses.filter((code) => code >= 500),
          body,
        ).toEqual([])
        const written = Object.values(parsed.data ?? {}).filter(
          (value) => query.startsWith('mutation') && value,
        )
        expect(written).toEqual([])
      }),
      { numRuns: 200 },
    )
  }, 600_000)

  // Shapes found by hand (issue 15, item 8): each was a 500 from PostgreSQL ("jsonb ~~*
  // unknown") or from Payload itself.
  it.each([
    ['/articles?where[body][like]=foo', 'body'],
    ['/articles?where[body][contains]=foo', 'body'],
    ['/articles?where[body][not_like]=foo', 'body'],
    ['/articles/versions?where[version.body][like]=foo', 'version.body'],
    ['/articles/versions?where[version.updatedAt][contains]=foo', 'version.updatedAt'],
    ['/events?where[type][like]=raid', 'type'],
    ['/events/versions?where[version.figures.value][not_like]=3', 'version.figures.value'],
    ['/articles?where[seeAlso][not_like]=1', 'seeAlso'],
  ])('should refuse %s with a 400 naming the field', async (path, field) => {
    const { status, text: body } = await send('GET', path, tokens.editor)
    expect([status, namesField(body, field.split('.').at(-1)!)], body).toEqual([400, true])
  })

  it.each([
    ['Articles(where: { body: { like: "foo" } })', 'body'],
    ['versionsArticles(where: { version__body: { contains: "foo" } })', 'version__body'],
  ])('should refuse the GraphQL query %s with a 400 naming the field', async (query, field) => {
    const { text: body } = await sendGraphQL(`{ ${query} { docs { id } } }`, tokens.editor)
    const [error] = (
      JSON.parse(body) as {
        errors: { extensions: { statusCode: number; data: { errors: { path: string }[] } } }[]
      }
    ).errors
    expect([error.extensions.statusCode, error.extensions.data.errors[0].path]).toEqual([
      400,
      expect.stringContaining(field),
    ])
  })

  it('should answer a media file that does not exist with a 404 naming it', async () => {
    const { status, text: body } = await send('GET', '/media/file/nonexistent.png', undefined)
    expect([status, body]).toEqual([404, expect.stringContaining('nonexistent.png')])
  })

  it('should refuse an anonymous upload with a 403, not as a malformed body', async () => {
    const form = new FormData()
    form.append('file', new Blob(['not an image'], { type: 'image/png' }), 'x.png')
    form.append('_payload', JSON.stringify({ alt: 'An upload' }))
    const request = new Request('http://localhost/api/media', { method: 'POST', body: form })
    const response = await handlers.POST(request, { params: Promise.resolve({ slug: ['media'] }) })
    expect(response.status).toBe(403)
  })

  it('should leave every table as it was', async () => {
    const after = await tableChecksums(payload)
    const changed = [...after.keys()].filter((table) => after.get(table) !== before.get(table))
    expect(changed).toEqual([])
  })
})
