/**
 * `npm run start:edge`: the site as `npm start` runs it, behind the shipped edge tier —
 * Varnish on EDGE_PORT (6081) with deploy/varnish/annals.vcl, in front of `next start` on
 * PORT (3000), which purges it on every publish (CDN_SERVERS). EDGE_INSTANCES=N starts N-1
 * more stateless `next start` instances on the following ports, on the same database and
 * build, with scheduled jobs left to the first (JOBS_AUTORUN=0).
 */
import exitHook from 'async-exit-hook'
import path from 'node:path'

import { exitWithError } from './lib/exitWithError'
import { startNextServer } from './lib/nextServer'
import { findVarnishd, startVarnish, VARNISH_MISSING } from './lib/varnish'

const port = Number(process.env.PORT || 3000)
const edgePort = Number(process.env.EDGE_PORT || 6081)
const instances = Math.max(1, Number(process.env.EDGE_INSTANCES || 1))
const ports = Array.from({ length: instances }, (_, index) => String(port + index))

const varnishd = findVarnishd()
if (!varnishd) exitWithError(new Error(VARNISH_MISSING))

process.env.PORT = String(port)
process.env.CDN_SERVERS ||= `http://127.0.0.1:${edgePort}`
// Staff may sign in through the edge: its origin is one of the site's own (payload.config csrf).
process.env.CSRF_ORIGINS ||= `http://localhost:${edgePort},http://127.0.0.1:${edgePort}`
const edge = startVarnish({
  varnishd: varnishd!,
  listen: `${process.env.EDGE_HOST || '0.0.0.0'}:${edgePort}`,
  backends: ports.map((instancePort) => `127.0.0.1:${instancePort}`),
  purgeFrom: (process.env.EDGE_PURGE_FROM || '127.0.0.1,::1').split(',').map((a) => a.trim()),
  workDir: path.resolve(`.data/varnish-${edgePort}`),
})
exitHook((done) => {
  void edge.stop().then(() => done())
})

// `npm start` itself: database, migrations, build, first instance (with the scheduled jobs).
await import('./start')

const extra = ports.slice(1).map((instancePort) => {
  const previous = process.env.JOBS_AUTORUN
  process.env.JOBS_AUTORUN = '0'
  const site = startNextServer({ port: instancePort, hostname: '127.0.0.1' })
  if (previous === undefined) delete process.env.JOBS_AUTORUN
  else process.env.JOBS_AUTORUN = previous
  return site
})
exitHook((done) => {
  void Promise.all(extra.map((site) => site.stop())).then(() => done())
})

console.log(
  `Edge (Varnish): http://localhost:${edgePort}  →  next start on ${ports.join(', ')}` +
    `  (purged through CDN_SERVERS=${process.env.CDN_SERVERS})`,
)
