/**
 * A disposable API server for the fault tests: Payload's real REST route handlers behind a
 * plain Node HTTP server, on FAULT_PORT, against the database DATABASE_URL names. Run as its
 * own process so a test can stop its database or kill it with SIGKILL.
 */
import { createServer } from 'node:http'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import config from '../../payload.config'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

const port = Number(process.env.FAULT_PORT)

createServer(async (incoming, outgoing) => {
  try {
    const url = new URL(incoming.url ?? '/', `http://127.0.0.1:${port}`)
    const method = incoming.method as keyof typeof handlers
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const body = chunks.length ? Buffer.concat(chunks) : undefined
    const headers = new Headers()
    for (const [key, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(key, value)
    }
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](new Request(url, { method, headers, body }), {
      params: Promise.resolve({ slug }),
    })
    outgoing.writeHead(response.status, { 'Content-Type': 'application/json' })
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    outgoing.writeHead(500, { 'Content-Type': 'application/json' })
    outgoing.end(JSON.stringify({ errors: [{ message: String(error) }] }))
  }
}).listen(port, '127.0.0.1', () => console.log(`fault server listening on ${port}`))
