import { defineConfig, devices } from '@playwright/test'

import { findChromium } from './scripts/lib/chromium'

const port = process.env.E2E_PORT || '3100'

// `npm test` installs Chromium first when there is none (scripts/ensureTools.ts).
const executablePath = findChromium() ?? undefined

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
