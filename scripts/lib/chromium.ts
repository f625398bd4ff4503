import { chromium } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * The Chromium the end-to-end tests run: the one CHROMIUM_PATH names, Playwright's own where
 * it is installed (`undefined`: Playwright finds it), otherwise the system's (Debian's
 * `chromium`). `null` when there is none.
 */
export function findChromium(): string | undefined | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync(chromium.executablePath())) return undefined
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim()
    } catch {
      // not installed under this name
    }
  }
  return null
}
