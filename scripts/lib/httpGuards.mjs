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
  response.writeHead = function writeHeadOfError(status, ...rest) {
    if (status >= 500) {
      if (!this.headersSent) this.setHeader('Cache-Control', NO_STORE)
      for (const [index, value] of rest.entries()) {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          const headers = { ...value }
          for (const name of Object.keys(headers)) {
            if (name.toLowerCase() === 'cache-control') delete headers[name]
          }
          rest[index] = { ...headers, 'Cache-Control': NO_STORE }
        }
      }
    }
    return writeHead.call(this, status, ...rest)
  }
}

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitGuarded(event, request, response, ...rest) {
  if (event !== 'request') return emit.call(this, event, request, response, ...rest)
  if (REFUSED.has(request.method)) {
    response.writeHead(405, {
      Allow: ALLOWED,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': NO_STORE,
    })
    response.end(`The method ${request.method} is not allowed.\n`)
    return true
  }
  errorsNotStored(response)
  return emit.call(this, event, request, response, ...rest)
}
