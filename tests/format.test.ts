import { describe, expect, it } from 'vitest'

import { formatDateRange } from '@/lib/format/date'
import { figureValue, groupFigures } from '@/lib/format/figures'
import { referenceText } from '@/lib/format/reference'
import { isSlug, slugify } from '@/lib/slugify'

const williams = {
  title: 'Envoys urge U.N. probe of massacre at Iranian exile camp in Iraq',
  authors: [{ last: 'Williams', first: 'Carol J.' }],
  work: 'Los Angeles Times',
  date: '2013-09-19T12:00:00.000Z',
  archiveDate: '2013-11-05T12:00:00.000Z',
  accessDate: '2013-10-30T12:00:00.000Z',
}

describe('reference formatting', () => {
  it('should format a news reference as Cite news does', () => {
    expect(referenceText(williams)).toBe(
      'Williams, Carol J. (19 September 2013). "Envoys urge U.N. probe of massacre at Iranian exile camp in Iraq". Los Angeles Times. Archived from the original on 5 November 2013. Retrieved 30 October 2013.',
    )
  })

  it('should put the date after the work when there is no author, and note the format', () => {
    expect(
      referenceText({
        title: 'Statement by High Representative Catherine Ashton',
        work: 'European Union',
        format: 'PDF',
        date: '2013-09-02T12:00:00.000Z',
      }),
    ).toBe(
      '"Statement by High Representative Catherine Ashton" (PDF). European Union. 2 September 2013.',
    )
  })
})

describe('figures', () => {
  it('should list disagreeing claims of one kind from lowest to highest', () => {
    const groups = groupFigures([
      { kind: 'deaths', value: 34, claimedBy: 'United Nations' },
      { kind: 'injured', value: 318, claimedBy: 'United Nations' },
      { kind: 'deaths', value: 3, claimedBy: 'Iraqi authorities' },
    ])
    expect(
      groups.map((group) => [
        group.label,
        group.claims.map((claim) => `${figureValue(claim)} (${claim.claimedBy})`),
      ]),
    ).toEqual([
      ['Deaths', ['3 (Iraqi authorities)', '34 (United Nations)']],
      ['Injured', ['318 (United Nations)']],
    ])
  })

  it('should show qualifiers and ranges', () => {
    expect(figureValue({ kind: 'deaths', value: 52, qualifier: 'at-least', claimedBy: 'x' })).toBe(
      'at least 52',
    )
    expect(figureValue({ kind: 'deaths', min: 30, max: 1200, claimedBy: 'x' })).toBe('30–1,200')
  })
})

describe('dates', () => {
  it('should show a range only when the event spans several days', () => {
    expect(formatDateRange('2013-09-01T12:00:00.000Z', null)).toBe('1 September 2013')
    expect(formatDateRange('1988-07-19T12:00:00.000Z', '1988-12-19T12:00:00.000Z')).toBe(
      '19 July 1988 – 19 December 1988',
    )
    expect(formatDateRange('2006-01-01T12:00:00.000Z', null, 'year')).toBe('2006')
  })
})

describe('slugs', () => {
  it.each([
    ['2013 Camp Ashraf massacre', '2013-camp-ashraf-massacre'],
    ['Guantánamo Bay', 'guantanamo-bay'],
    ['مجزرة معسكر أشرف', 'مجزرة-معسكر-أشرف'],
    ['한국어 제목', '한국어-제목'],
  ])('should make %j into the slug %j', (title, slug) => {
    expect([slugify(title), isSlug(slugify(title))]).toEqual([slug, true])
  })

  it('should refuse uppercase letters and spaces in a slug typed by hand', () => {
    expect(['Camp-Ashraf', 'camp ashraf', '-camp', 'camp--ashraf'].map(isSlug)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})
