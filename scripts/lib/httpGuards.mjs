// Preloaded into `next start` (NODE_OPTIONS=--import, see nextServer.ts): two rules of the
// HTTP layer that Next.js gives no hook for.
import http from 'node:http'

// TRACE echoes a request back, cookies included, and TRACK and CONNECT are not for a web site
// either. Next.js builds a fetch Request of every request, which throws on these methods, so
// they reached no proxy or route and were answered 500: they are refused here with a 405.
const REFUSED = new Set(['TRACE', 'TRACK', 'CONNECT'])
const ALLOWED = 'GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE'
const NO_STORE = 'no-store'

/**
 * An error is never cached: next.config.mjs gives reader pages a shared Cache-Control before
 * they render, and a page that then fails kept it (`public, s-maxage=60` on a 500).
 *
 * @param {http.ServerResponse} response
 */
function errorsNotStored(response) {
  const writeHead = response.writeHead
  /** @type {(status: number, ...rest: unknown[]) => http.ServerResponse} */
  const writeHeadOfError = (status, ...rest) => {
    if (status >= 500) {
      if (!response.headersSent) response.setHeader('Cache-Control', NO_STORE)
      for (const [index, value] of rest.entries()) {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          /** @type {Record<string, unknown>} */
          const headers = { ...value }
          for (const name of Object.keys(headers)) {
            if (name.toLowerCase() === 'cache-control') delete headers[name]
          }
          rest[index] = { ...headers, 'Cache-Control': NO_STORE }
        }
      }
    }
    return Reflect.apply(writeHead, response, [status, ...rest])
  }
  response.writeHead = /** @type {typeof response.writeHead} */ (writeHeadOfError)
}

const emit = http.Server.prototype.emit

/** @type {(this: http.Server, event: string | symbol, ...args: unknown[]) => boolean} */
function emitGuarded(event, ...args) {
  if (event !== 'request') return Reflect.apply(emit, this, [event, ...args])
  const request = /** @type {http.IncomingMessage} */ (args[0])
  const response = /** @type {http.ServerResponse} */ (args[1])
  if (request.method && REFUSED.has(request.method)) {
    response.writeHead(405, {
      Allow: ALLOWED,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': NO_STORE,
    })
    response.end(`The method ${request.method} is not allowed.\n`)
    return true
  }
  errorsNotStored(response)
  return Reflect.apply(emit, this, [event, ...args])
}

http.Server.prototype.emit = /** @type {typeof http.Server.prototype.emit} */ (emitGuarded)
