import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { FigureHistory } from '@/components/article/FigureHistory'
import { citationRegistry, citedPassages } from '@/lib/citations'
import { citeThisPage } from '@/lib/format/citation'
import { atomFeed } from '@/lib/format/atom'
import { eventSummary } from '@/lib/view/feed'
import { toCsv, exportRow } from '@/lib/format/eventExport'
import { figureHistory } from '@/lib/view/figureHistory'
import { adminOptions, STANCES, STANCE_LABELS } from '@/lib/vocabulary'
import type { Reference } from '@/payload-types'
import { toLexical } from '@/scripts/seed/lexical'

const page = {
  title: '2013 Camp Ashraf massacre',
  slug: '2013-camp-ashraf-massacre',
  publishedAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-25T09:30:00.000Z',
  url: 'https://annals.test/articles/2013-camp-ashraf-massacre',
}

const styled = (style: string) => {
  const citation = citeThisPage(page).find((entry) => entry.style === style)!
  return 'segments' in citation
    ? citation.segments.map((segment) => segment.text).join('')
    : citation.text
}

describe('Cite this page', () => {
  it('should format APA with the revision date and the site in italics', () => {
    expect(styled('APA')).toBe(
      '2013 Camp Ashraf massacre. (2026, November 25). In Annals. https://annals.test/articles/2013-camp-ashraf-massacre',
    )
  })

  it('should format MLA with the day-month-year date and the URL without its scheme', () => {
    expect(styled('MLA')).toBe(
      '“2013 Camp Ashraf massacre.” Annals, 25 Nov. 2026, annals.test/articles/2013-camp-ashraf-massacre.',
    )
  })

  it('should format Chicago with the last-modified date', () => {
    expect(styled('Chicago')).toBe(
      '“2013 Camp Ashraf massacre.” Annals. Last modified November 25, 2026. https://annals.test/articles/2013-camp-ashraf-massacre.',
    )
  })

  it('should give a BibTeX entry with the title, the site and the URL', () => {
    const bibtex = styled('BibTeX')
    expect(bibtex).toMatch(/^@/)
    expect(bibtex).toContain('{Annals}')
    expect(bibtex).toContain(`url = {${page.url}}`)
    expect(bibtex).toContain('year = {2026}')
  })
})

const figure = (claimedBy: string, asOf: string, value: number, id: string) => ({
  id,
  kind: 'deaths' as const,
  claimedBy,
  value,
  asOf: `${asOf}T12:00:00.000Z`,
})

const changingFigures = [
  figure('United Nations', '2013-09-01', 47, 'a'),
  figure('United Nations', '2013-09-03', 52, 'b'),
  figure('Iraqi authorities', '2013-09-02', 3, 'c'),
]

describe('figures over time', () => {
  it('should give one series per source, oldest figure first', () => {
    const [deaths] = figureHistory(changingFigures)
    expect(
      deaths.series.map((line) => [line.source, line.points.map((point) => point.valueText)]),
    ).toEqual([
      ['United Nations', ['47', '52']],
      ['Iraqi authorities', ['3']],
    ])
  })

  it('should leave out kinds where no source gave two dated figures', () => {
    expect(figureHistory(changingFigures.slice(1))).toEqual([])
  })

  it('should draw an accessible chart with a table beside it, without scripts', () => {
    const html = renderToStaticMarkup(
      createElement(FigureHistory, { histories: figureHistory(changingFigures) }),
    )
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/)
    expect(html).toContain(
      '<title id="figures-over-time-deaths-title">Deaths over time, by source</title>',
    )
    expect(html).toContain('United Nations: 47 on 1 September 2013, 52 on 3 September 2013')
    expect(html).toContain('<polyline')
    expect(html.match(/<tr>/g)).toHaveLength(4)
    expect(html).not.toContain('<script')
  })
})

describe('the citation registry', () => {
  const reference = (id: number) => ({ id, title: `Source ${id}` }) as Reference

  it('should number rows in registry order and skip references readers cannot see', () => {
    const registry = citationRegistry(
      [
        { anchor: 'body-1', referenceId: 7 },
        { anchor: 'figure-x', referenceId: 99 },
        { anchor: 'reaction-1', referenceId: 3 },
        { anchor: 'body-2', referenceId: 7 },
      ],
      new Map([
        [7, reference(7)],
        [3, reference(3)],
      ]),
    )
    expect(
      registry.numbered.map(({ number, reference, anchors }) => [number, reference.id, anchors]),
    ).toEqual([
      [1, 7, ['body-1', 'body-2']],
      [2, 3, ['reaction-1']],
    ])
    expect(registry.markAt('figure-x')).toBeUndefined()
    expect(registry.markOf('reaction', { id: 1 })?.number).toBe(2)
  })

  it('should find the sentence a citation closes as its passage', () => {
    const body = toLexical({
      blocks: [
        {
          p: [
            'The camp was attacked at dawn. Fifty-two residents died.',
            { cite: 'r' },
            ' Later text.',
          ],
        },
      ],
      referenceIds: new Map([['r', 5]]),
      scope: 'passage',
    })
    expect(citedPassages(body, 5)).toEqual(['Fifty-two residents died.'])
  })
})

describe('vocabulary', () => {
  it('should give the admin and the reader the same label for the stance "other"', () => {
    const admin = adminOptions(STANCES).find((option) => option.value === 'other')?.label
    expect([admin, STANCE_LABELS.other]).toEqual(['Other statement', 'Other statement'])
  })
})

describe('exports and the feed', () => {
  const event = {
    id: 1,
    name: 'Raid, "night"',
    slug: 'raid-night',
    type: 'raid' as const,
    startDate: '2011-04-08T12:00:00.000Z',
    datePrecision: 'day' as const,
    location: { place: 'Camp Ashraf', country: 'Iraq' },
    figures: [{ kind: 'deaths' as const, value: 34, claimedBy: 'United Nations' }],
    updatedAt: '2026-11-25T09:30:00.000Z',
  }

  it('should quote CSV fields holding commas and quotes', () => {
    const [, row] = toCsv([exportRow(event)]).split('\r\n')
    expect(row.startsWith('"Raid, ""night""",')).toBe(true)
    expect(row).toContain(',34 (United Nations),')
  })

  it('should give feed entries their published date and an event its summary', () => {
    const xml = atomFeed({
      pages: [
        {
          path: '/events/raid-night',
          title: event.name,
          summary: eventSummary(event),
          publishedAt: '2026-11-20T08:00:00.000Z',
          updatedAt: event.updatedAt,
        },
      ],
      siteUrl: 'https://annals.test',
      title: 'Annals',
    })
    expect(xml).toContain('<published>2026-11-20T08:00:00.000Z</published>')
    expect(xml).toContain('<summary>Raid, 8 April 2011, Camp Ashraf, Iraq.</summary>')
  })
})
