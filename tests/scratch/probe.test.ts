import config from '@payload-config'
import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { it } from 'vitest'

import { login } from '../helpers/rest'

const H = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) }
const G = GRAPHQL_POST(config)

async function raw(method: 'GET' | 'POST' | 'PATCH', path: string, body: BodyInit | undefined, ct: string, token?: string) {
  const url = new URL(`http://localhost/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const headers = new Headers({ 'Content-Type': ct })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const res = await H[method](new Request(url, { method, headers, body }), { params: Promise.resolve({ slug }) })
  const text = await res.text()
  return `${res.status} ${text.slice(0, 300)}`
}

it('probe', async () => {
  const t = await login('editor')
  const a = await login('admin')
  const J = 'application/json'
  const cases: [string, () => Promise<string>][] = [
    ['null body', () => raw('POST', '/events', 'null', J, t)],
    ['string body', () => raw('POST', '/events', '"x"', J, t)],
    ['array body', () => raw('POST', '/events', '[1,2]', J, t)],
    ['text/plain', () => raw('POST', '/events', 'hello', 'text/plain', t)],
    ['form', () => raw('POST', '/events', 'a=1&b=2', 'application/x-www-form-urlencoded', t)],
    ['deep', () => raw('POST', '/events', '{"name":' + '['.repeat(5000) + ']'.repeat(5000) + '}', J, t)],
    ['nullbyte', () => raw('POST', '/events', JSON.stringify({ name: 'a\u0000b', type: 'attack', startDate: '2013-09-01', changeSummary: 'x\u0000' }), J, t)],
    ['missing rel', () => raw('POST', '/events', JSON.stringify({ name: 'rel test', type: 'attack', startDate: '2013-09-01', changeSummary: 'x', partOf: 999999 }), J, t)],
    ['limit 1e400', () => raw('GET', '/events?limit=1e400', undefined, J, t)],
    ['page -1', () => raw('GET', '/events?page=-1', undefined, J, t)],
    ['where in', () => raw('GET', '/events?where[id][in]=abc', undefined, J, t)],
    ['where in2', () => raw('GET', '/events?where[id][in][a]=1', undefined, J, t)],
    ['where in3', () => raw('GET', '/events?where[id][in]=1,x', undefined, J, t)],
    ['status Published', () => raw('POST', '/events', JSON.stringify({ name: 'st test', type: 'attack', startDate: '2013-09-01', changeSummary: 'x', _status: 'Published' }), J, a)],
    ['asOf', () => raw('POST', '/events', JSON.stringify({ name: 'asof test', type: 'attack', startDate: '2013-09-01', changeSummary: 'x', figures: [{ kind: 'deaths', value: 1, claimedBy: 'x', asOf: '2013-02-30' }] }), J, t)],
    ['asOf2', () => raw('POST', '/events', JSON.stringify({ name: 'asof2 test', type: 'attack', startDate: '2013-09-01', changeSummary: 'x', figures: [{ kind: 'deaths', value: 1, claimedBy: 'x', asOf: 'garbage' }] }), J, t)],
    ['body string', () => raw('POST', '/articles', JSON.stringify({ title: 'bs', changeSummary: 'x', body: 'hello' }), J, t)],
    ['end<start', () => raw('POST', '/events', JSON.stringify({ name: 'end test', type: 'attack', startDate: '2013-09-01', endDate: '2013-08-01', changeSummary: 'x' }), J, t)],
    ['createdAt', () => raw('POST', '/events', JSON.stringify({ name: 'ca test', type: 'attack', startDate: '2013-09-01', changeSummary: 'x', createdAt: '1999-01-01T00:00:00.000Z' }), J, t)],
    ['big', () => raw('POST', '/events', JSON.stringify({ name: 'x'.repeat(11_000_000) }), J, t)],
    ['gql 500', async () => { const r = await G(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'Content-Type': J, Authorization: `JWT ${t}` }, body: JSON.stringify({ query: 'mutation { createEvent(data: { name: "g", type: attack, startDate: "2013-02-30", changeSummary: "x", partOf: 99999 }) { id } }' }) })); return `${r.status} ${(await r.text()).slice(0, 300)}` }],
    ['gql null body', async () => { const r = await G(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'Content-Type': J }, body: 'null' })); return `${r.status} ${(await r.text()).slice(0, 300)}` }],
    ['gql aliases', async () => { const q = '{ ' + Array.from({ length: 200 }, (_, i) => `a${i}: Events(limit: 100) { docs { id name } }`).join(' ') + ' }'; const s = Date.now(); const r = await G(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'Content-Type': J }, body: JSON.stringify({ query: q }) })); return `${r.status} ${Date.now() - s}ms ${(await r.text()).slice(0, 200)}` }],
  ]
  for (const [name, fn] of cases) {
    try { console.log('PROBE', name, '=>', await fn()) } catch (e) { console.log('PROBE', name, 'THREW', (e as Error).message.slice(0, 200)) }
  }
}, 300_000)
