// Preloaded into `next start` (NODE_OPTIONS=--import, see nextServer.ts). TRACE echoes a request back,
// cookies included, and TRACK and CONNECT are not for a web site either: Next.js builds a
// fetch Request of every request, which refuses these methods by throwing, so they reached
// no proxy or route and were answered 500. They are refused here with a 405 before Next.js
// sees them.
import http from 'node:http'

const REFUSED = new Set(['TRACE', 'TRACK', 'CONNECT'])
const ALLOWED = 'GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE'
const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitRefusingMethods(event, request, response, ...rest) {
  if (event === 'request' && REFUSED.has(request.method)) {
    response.writeHead(405, {
      Allow: ALLOWED,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    response.end(`The method ${request.method} is not allowed.\n`)
    return true
  }
  return emit.call(this, event, request, response, ...rest)
}
