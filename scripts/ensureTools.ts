/**
 * The first step of `npm test`: makes sure the machine has what the tests run besides Node —
 * Varnish (`varnishd`, for the edge tier's tests) and Chromium (for the end-to-end tests).
 * When one is missing: as root on a machine with apt, installs it, saying so in one line;
 * otherwise stops at once with the one command that installs it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { findChromium } from './lib/chromium'
import { findVarnishd } from './lib/varnish'

const missing = [
  ...(findVarnishd() ? [] : ['varnish']),
  ...(findChromium() === null ? ['chromium'] : []),
]
if (missing.length === 0) process.exit(0)

const packages = missing.join(' ')
const apt = existsSync('/usr/bin/apt-get')
const root = process.getuid?.() === 0

if (!apt) {
  console.error(
    `npm test needs ${packages} (Debian's packages "varnish" and "chromium"); install them ` +
      'with your package manager, or set VARNISHD and CHROMIUM_PATH to their binaries.',
  )
  process.exit(1)
}
if (!root) {
  console.error(
    `npm test needs ${packages}: run \`sudo apt-get update && sudo apt-get install -y ${packages}\``,
  )
  process.exit(1)
}

console.log(`npm test needs ${packages}: installing with apt-get (as root)…`)
try {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
} catch {
  console.error(
    `Installing ${packages} failed: run \`apt-get update && apt-get install -y ${packages}\``,
  )
  process.exit(1)
}
