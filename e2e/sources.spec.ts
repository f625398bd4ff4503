import { expect, login, test } from './helpers/fixtures'
import { PAGE_RELATED } from '../tests/fixtures/referencePage'

import { authHeaders } from './helpers/workflow'

const PROBLEM = 'Figure 2 (missing: 7, according to U.S. officials) cites no reference.'

test('should list the related articles of the reference page in its order, each one reachable', async ({
  page,
  request,
}) => {
  await page.goto('/articles/2013-camp-ashraf-massacre')
  const links = page.locator('#curated-related + ol > li > a')
  await expect(links).toHaveText(PAGE_RELATED)
  const statuses = await Promise.all(
    (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))).map(
      async (href) => (await request.get(href)).status(),
    ),
  )
  expect(statuses).toEqual(PAGE_RELATED.map(() => 200))
})

test('should show the reviewer the failing citation check and refuse the approval with it', async ({
  page,
  request,
  consoleErrors,
}) => {
  const admin = await authHeaders(request, 'admin')
  const references = await request.get('/api/references?limit=1&depth=0&sort=id', {
    headers: admin,
  })
  const referenceId = ((await references.json()) as { docs: { id: number }[] }).docs[0].id
  const cited = { kind: 'deaths', value: 52, claimedBy: 'A paper', reference: referenceId }
  const created = await request.post('/api/events', {
    headers: admin,
    data: {
      name: 'Citation checklist e2e event',
      slug: `citation-checklist-e2e-${Date.now()}`,
      type: 'attack',
      startDate: '2013-09-01T12:00:00.000Z',
      datePrecision: 'day',
      figures: [cited],
      changeSummary: 'First version',
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  const submitted = await request.patch(`/api/events/${id}?draft=true`, {
    headers: await authHeaders(request, 'editor'),
    data: {
      figures: [cited, { kind: 'missing', value: 7, claimedBy: 'U.S. officials' }],
      changeSummary: 'Add the missing',
      workflowState: 'in_review',
    },
  })
  expect(submitted.status()).toBe(200)

  await login({ page, role: 'reviewer' })
  await page.goto(`/admin/collections/events/${id}`)
  const checklist = page.locator('.citation-checklist')
  const failing = checklist.locator('.citation-checklist__rule--blocking')
  // The panel loads its checklist after the page: give a busy machine time.
  await expect(failing).toContainText('Every infobox figure cites a reference', {
    timeout: 20_000,
  })
  await expect(failing).toContainText(PROBLEM)
  await checklist.screenshot({ path: test.info().outputPath('citation-checklist.png') })

  const refused = page.waitForResponse((response) => response.request().method() === 'PATCH')
  await page.getByRole('button', { name: 'Approve', exact: true }).click()
  expect((await refused).status()).toBe(400)
  // The admin says why in its toast.
  await expect(page.locator('.payload-toast-container')).toContainText(
    `Citation checks block this approval: ${PROBLEM}`,
  )
  // The browser reports the refused request itself; that one is expected.
  consoleErrors.splice(
    0,
    consoleErrors.length,
    ...consoleErrors.filter((error) => !/status of 400/.test(error)),
  )
  await request.delete(`/api/events/${id}`, { headers: admin })
})
