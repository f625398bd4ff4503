import { chromium, defineConfig, devices } from '@playwright/test'
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const port = process.env.E2E_PORT || '3100'

/**
 * Playwright's own Chromium where it is installed; otherwise the system's (Debian's
 * `chromium`), or the one CHROMIUM_PATH names.
 */
const executablePath = (() => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync(chromium.executablePath())) return undefined
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execSync(`which ${name}`, { encoding: 'utf8' }).trim()
    } catch {
      // not installed under this name
    }
  }
  return undefined
})()

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'npx tsx scripts/e2eServer.ts',
    url: `http://localhost:${port}/`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    // SIGTERM lets the server script stop next-server (its own process group) and PostgreSQL.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
