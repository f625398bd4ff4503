/**
 * `npx tsx scripts/lighthouse.ts [base URL]`: Lighthouse's performance and accessibility
 * scores for the map pages (an infobox map, /events/map, a place page), mobile and desktop,
 * against a running site (by default the end-to-end server on E2E_PORT: start it with
 * `E2E_REUSE_BUILD=1 npx tsx scripts/e2eServer.ts`). Uses the system's Chromium. Prints
 * figures; not a test.
 */
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

const base = process.argv[2] ?? `http://localhost:${process.env.E2E_PORT || '3100'}`
const PAGES = ['/events/2013-camp-ashraf-massacre', '/events/map', '/places/iraq']

const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
})
const rows: string[] = []
try {
  for (const form of ['mobile', 'desktop'] as const) {
    for (const path of PAGES) {
      const result = await lighthouse(
        `${base}${path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        },
        form === 'desktop' ? desktopConfig : undefined,
      )
      const categories = result?.lhr.categories
      const score = (key: 'performance' | 'accessibility') =>
        Math.round((categories?.[key]?.score ?? 0) * 100)
      rows.push(
        `| ${path} | ${form} | ${score('performance')} | ${score('accessibility')} | ${result?.lhr.runtimeError?.message ?? ''} |`,
      )
    }
  }
} finally {
  chrome.kill()
}
console.log(
  ['| page | form | performance | accessibility | error |', '|-|-|-|-|-|', ...rows].join('\n'),
)
