import { test as plainTest } from '@playwright/test'

import { expect, test } from './helpers/fixtures'

const ARTICLE = '/articles/2013-camp-ashraf-massacre'

test.describe('the Camp Ashraf article', () => {
  test('should show the infobox facts of the reference page', async ({ page }) => {
    await page.goto(ARTICLE)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2013 Camp Ashraf massacre')
    const infobox = page.getByRole('complementary', { name: '2013 Camp Ashraf massacre' })
    const row = (label: string) =>
      infobox.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) })
    await expect(row('Part of')).toContainText('Iraq Conflict')
    await expect(row('Location')).toContainText('Camp Ashraf, Diyala Governorate, Iraq')
    await expect(row('Date')).toContainText('1 September 2013')
    await expect(row('Deaths')).toContainText('52 (The Washington Times)')
    await expect(row('Missing')).toContainText('7')
    await expect(row('Victims')).toContainText("People's Mujahedin of Iran")
    await expect(row('Also known as')).toContainText('September 1 massacre')
  })

  test('should list all nine references, the first formatted as Cite news', async ({ page }) => {
    await page.goto(ARTICLE)
    const references = page.locator('ol.references > li')
    await expect(references).toHaveCount(9)
    await expect(references.first()).toContainText(
      'Williams, Carol J. (19 September 2013). "Envoys urge U.N. probe of massacre at Iranian exile camp in Iraq". Los Angeles Times. Archived from the original on 5 November 2013. Retrieved 30 October 2013.',
    )
  })

  test('should number a reference cited twice once and link back to each citation', async ({
    page,
  }) => {
    await page.goto(ARTICLE)
    const first = page.locator('ol.references > li').first()
    // Williams is cited in the lead and again in the infobox: "^ a b …", one letter per use.
    const citations = page.locator('sup.citation > a[href="#cite-note-1"]')
    const uses = await citations.count()
    expect(uses).toBeGreaterThan(1)
    const backlinks = first.locator('.backlink-letter')
    await expect(backlinks).toHaveCount(uses)
    await backlinks.nth(0).click()
    await expect(page).toHaveURL(/#cite-ref-/)
  })

  test('should preview a source when its citation is focused', async ({ page }) => {
    await page.goto(ARTICLE)
    const citation = page.locator('.article-body sup.citation').first()
    await citation.locator('a').focus()
    await expect(citation.getByRole('tooltip')).toBeVisible()
    await expect(citation.getByRole('tooltip')).toContainText('Los Angeles Times')
  })

  test('should show the reactions with their sources', async ({ page }) => {
    await page.goto(ARTICLE)
    const reactions = page.locator('ul.reactions > li')
    await expect(reactions).toHaveCount(6)
    await expect(reactions.first()).toContainText('Ban Ki-moon, UN Secretary-General')
    await expect(reactions.first().locator('sup.citation')).toHaveCount(1)
  })
})

test('should list published articles in the A to Z index, linked from the home page', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: /^All \d+ articles, A to Z$/ }).click()
  await expect(page).toHaveURL(/\/articles$/)
  const index = page.getByRole('main')
  await index.getByRole('link', { name: '2013 Camp Ashraf massacre' }).click()
  await expect(page).toHaveURL(/\/articles\/2013-camp-ashraf-massacre$/)
})

// The browser logs the 404 response as a console error, which is the point here.
plainTest('should answer an unknown article with a 404', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article')
  expect(response?.status()).toBe(404)
})

test('should offer the article to cite in APA, MLA, Chicago and BibTeX', async ({ page }) => {
  await page.goto('/articles/2013-camp-ashraf-massacre')
  const box = page.getByRole('region', { name: 'Cite this page' })
  await expect(box.locator('dt')).toHaveText(['APA', 'MLA', 'Chicago', 'BibTeX'])
  await expect(box.locator('.cite-mla dd')).toContainText('“2013 Camp Ashraf massacre.” Annals,')
  await expect(box.locator('.cite-bibtex dd')).toContainText(
    'title = {2013 {Camp} {Ashraf} massacre}',
  )
})

test('should link each reference to its page', async ({ page }) => {
  await page.goto('/articles/2013-camp-ashraf-massacre')
  const links = page.locator('ol.references > li a.source-page')
  await expect(links).toHaveCount(9)
  await expect(links.first()).toHaveAttribute('href', /^\/references\/\d+$/)
})
