/**
 * The answers the proxy gives while the database is unreachable: 503 Service Unavailable,
 * never cached by anyone, with a hint of when to try again. Built here rather than rendered
 * by the app, because the app's pages need the database and an App Router page cannot set
 * its own status.
 */

/** Seconds after which a client may try again: the database is probed every second. */
export const RETRY_AFTER_SECONDS = 5

const MESSAGE =
  'The service is briefly unavailable: the database is not reachable. Please try again in a moment.'

const headers = (contentType: string) => ({
  'Content-Type': contentType,
  'Cache-Control': 'no-store',
  'Retry-After': String(RETRY_AFTER_SECONDS),
})

/** The API's answer, in the shape of Payload's own errors. */
export const unavailableJson = () =>
  new Response(JSON.stringify({ errors: [{ message: MESSAGE }] }), {
    status: 503,
    headers: headers('application/json'),
  })

// The site's colours and type (app/(frontend)/styles.css), inline: the stylesheet's URL
// changes with every build, and the policy allows inline styles (lib/securityHeaders.ts).
const STYLE = `
body{margin:0;color:#1b1f23;background:#fff;font:1rem/1.6 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
header{border-bottom:1px solid #a2a9b1;padding:.75rem clamp(1rem,4vw,2.5rem)}
header a{font:700 1.6rem Georgia,'Times New Roman',serif;color:#7a1f1f;text-decoration:none}
main{max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-family:Georgia,'Times New Roman',serif;font-weight:400;line-height:1.25;border-bottom:1px solid #a2a9b1}
a{color:#0645ad}
a:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
`

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Briefly unavailable — Annals</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">Annals</a></header>
<main id="content">
<h1>Annals is briefly unavailable</h1>
<p>Our database is not answering just now, so this page cannot be shown. This is usually over within a minute: please try again shortly.</p>
<p>Many published pages can still be read meanwhile: <a href="/">go to the home page</a>.</p>
</main>
</body>
</html>
`

/** The page a browser sees. */
export const unavailablePage = () =>
  new Response(PAGE, { status: 503, headers: headers('text/html; charset=utf-8') })
