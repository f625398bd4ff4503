import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// The tag vocabulary alone: this runs in plain Node (Playwright, tsx), where the rest of
// lib/freshness would load Next's server modules.
import { REQUEST_RENDERED_PAGE_TAGS } from '../../lib/freshness/cacheTags'

const VCL_TEMPLATE = path.resolve('deploy/varnish/annals.vcl')

/** Debian's `varnish` package puts varnishd in /usr/sbin, often missing from a user's PATH. */
export function findVarnishd(): null | string {
  if (process.env.VARNISHD) return existsSync(process.env.VARNISHD) ? process.env.VARNISHD : null
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']
  for (const dir of dirs) {
    const candidate = path.join(dir, 'varnishd')
    if (dir && existsSync(candidate)) return candidate
  }
  return null
}

export const VARNISH_MISSING =
  'varnishd not found: install Debian\'s "varnish" package (apt-get install varnish) or set VARNISHD'

// Paths are plain route prefixes ("/articles"): only "/" and word characters need no escaping.
const vclPathPattern = (route: string) => {
  if (!/^[/a-z0-9-]+$/.test(route)) throw new Error(`Not a plain route: ${route}`)
  return `^${route}(\\?|$)`
}

/** The VCL lines tagging the pages Next renders per request (lib/freshness/cacheTags.ts). */
const requestPageTags = () =>
  REQUEST_RENDERED_PAGE_TAGS.map(
    ({
      path: route,
      tags,
    }) => `    if (!beresp.http.x-annals-tags && bereq.url ~ "${vclPathPattern(route)}") {
        set beresp.http.x-annals-tags = "${tags.join(' ')}";
    }`,
  ).join('\n')

/**
 * The shipped VCL with its marked blocks filled in: the `next start` instances to balance over
 * ("host:port" each), the addresses allowed to PURGE and BAN, and the tags of the pages
 * rendered per request.
 */
export function renderVcl({ backends, purgeFrom }: { backends: string[]; purgeFrom: string[] }) {
  const definitions = backends.map((backend, index) => {
    const [host, port] = backend.split(/:(?=\d+$)/)
    return `backend app${index + 1} {
    .host = "${host}";
    .port = "${port}";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .probe = { .url = "/robots.txt"; .interval = 1s; .timeout = 2s; .window = 3; .threshold = 2; }
}`
  })
  const init = `sub vcl_init {
    new site = directors.round_robin();
${backends.map((_, index) => `    site.add_backend(app${index + 1});`).join('\n')}
}`
  const acl = `acl purgers {
${purgeFrom.map((address) => `    "${address}";`).join('\n')}
}`
  return readFileSync(VCL_TEMPLATE, 'utf8')
    .replace(
      /# BEGIN BACKENDS[\s\S]*# END BACKENDS/,
      `# BEGIN BACKENDS\n${definitions.join('\n\n')}\n\n${init}\n# END BACKENDS`,
    )
    .replace(/# BEGIN PURGERS[\s\S]*# END PURGERS/, `# BEGIN PURGERS\n${acl}\n# END PURGERS`)
    .replace(
      /# BEGIN REQUEST PAGE TAGS[\s\S]*# END REQUEST PAGE TAGS/,
      // A function: the block holds `$` (regular expressions), which a replacement string reads.
      () => `# BEGIN REQUEST PAGE TAGS\n${requestPageTags()}\n# END REQUEST PAGE TAGS`,
    )
}

/**
 * Starts varnishd in the foreground of its own process group, with its working directory
 * (`-n`, which must be writable) under `workDir`. `stop` ends the whole group.
 */
export function startVarnish({
  varnishd,
  listen,
  backends,
  purgeFrom = ['127.0.0.1', '::1'],
  workDir,
  memory = '256m',
}: {
  varnishd: string
  listen: string
  backends: string[]
  purgeFrom?: string[]
  workDir: string
  memory?: string
}) {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const vcl = path.join(workDir, 'annals.vcl')
  writeFileSync(vcl, renderVcl({ backends, purgeFrom }))
  const child = spawn(
    varnishd,
    [
      '-F',
      '-n',
      path.join(workDir, 'state'),
      '-a',
      listen,
      '-f',
      vcl,
      '-s',
      `malloc,${memory}`,
      // Without its own user to drop to (or not root), varnishd runs unjailed.
      '-j',
      'none',
      // A small machine: a few threads suffice.
      '-p',
      'thread_pools=1',
      '-p',
      'thread_pool_min=10',
      '-p',
      'thread_pool_max=500',
    ],
    { stdio: 'inherit', detached: true },
  )
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await exited
  }
  return { exited, stop }
}
