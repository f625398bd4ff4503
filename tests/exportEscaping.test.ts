import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { parse as parseCsv } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { SaxesParser } from 'saxes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as feedXml } from '@/app/(frontend)/feed.xml/route'
import { eventsDownload } from '@/lib/format/eventExport'
import { referenceDownload } from '@/lib/format/referenceDownload'

import { removeContent } from './helpers/content'
import { getTestPayload } from './helpers/payload'

/**
 * Every download escapes for its format (issue 15, items 3, 4 and 6): what an editor typed,
 * or what older data holds, is read back by a real parser of that format as the same value
 * and nothing more. Legacy values are stored by trusted server code, past the input checks
 * that refuse them today.
 */

const INJECTED_URL = 'https://e.example/x},\n}\n@misc{INJECTED, title={Injected}\n}'
const FIELD_URL = 'https://e.example/a},note={Injected},howpublished={x'
const FORMULA = '=HYPERLINK("http://evil.example","click")'
/**
 * The text of every element named `name`, read by saxes, a parser that enforces XML 1.0's
 * well-formedness rules (the characters allowed included) and throws at the first breach.
 */
function xmlTexts(xml: string, name: string): string[] {
  const parser = new SaxesParser()
  const texts: string[] = []
  let current: string | undefined
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    if (tag.name === name) current = ''
  })
  parser.on('text', (text) => {
    if (current !== undefined) current += text
  })
  parser.on('closetag', (tag) => {
    if (tag.name !== name || current === undefined) return
    texts.push(current)
    current = undefined
  })
  parser.write(xml).close()
  return texts
}

const CONTROL_TITLE = 'Camp \u000bAshraf\u0001 feed\u001b test'

describe('downloads escape what they hold', () => {
  let payload: Payload
  const made: Record<'articles' | 'events' | 'references', number[]> = {
    articles: [],
    events: [],
    references: [],
  }

  const publishedReference = async (url: string) => {
    const reference = await payload.create({
      collection: 'references',
      depth: 0,
      data: {
        title: 'A reference with a hostile URL',
        citationType: 'web',
        url,
        changeSummary: 'Legacy reference',
        _status: 'published',
      },
    })
    made.references.push(reference.id)
    return reference
  }

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    for (const [collection, ids] of Object.entries(made)) {
      await removeContent(payload, collection, ids)
    }
  })

  it.each([
    ['a closing brace and a new entry', INJECTED_URL],
    ['a closing brace and extra fields', FIELD_URL],
  ])(
    'should give BibTeX of a reference whose URL holds %s as one entry with that URL',
    async (_shape, url) => {
      const reference = await publishedReference(url)
      const response = await referenceDownload(String(reference.id), 'bibtex')
      const entries = new Cite(await response.text()).data as { URL?: string; note?: string }[]
      expect(entries.map((entry) => decodeURI(entry.URL ?? ''))).toEqual([reference.url])
    },
  )

  it('should neutralise a CSV cell a spreadsheet would evaluate with a leading quote', async () => {
    const event = await payload.create({
      collection: 'events',
      depth: 0,
      data: {
        name: FORMULA,
        slug: `formula-event-${process.pid}`,
        type: 'attack',
        startDate: '1900-01-02T12:00:00.000Z',
        datePrecision: 'day',
        location: { place: '+place', region: '-region', country: '@country' },
        changeSummary: 'Legacy event',
        _status: 'published',
      },
    })
    made.events.push(event.id)
    const response = await eventsDownload(new Request('http://annals.test/events.csv'), 'csv')
    const rows = parseCsv(await response.text(), { columns: true }) as Record<string, string>[]
    const row = rows.find((candidate) => candidate.url.endsWith(`/events/${event.slug}`))
    expect([row?.name, row?.place, row?.region, row?.country]).toEqual([
      `'${FORMULA}`,
      "'+place",
      "'-region",
      "'@country",
    ])
  })

  it('should keep the feed well-formed XML when a stored title holds control characters', async () => {
    const article = await payload.create({
      collection: 'articles',
      depth: 0,
      data: {
        title: CONTROL_TITLE,
        slug: `control-title-${process.pid}`,
        summary: 'Summary \u0001with a control character.',
        changeSummary: 'Legacy article',
        _status: 'published',
      },
    })
    made.articles.push(article.id)
    const xml = await (await feedXml()).text()
    expect(xmlTexts(xml, 'title')).toContain('Camp Ashraf feed test')
  })
})
