import type { APIRequestContext, Page } from '@playwright/test'

import { expect as baseExpect, login, test } from './helpers/fixtures'
import { authHeaders, idBySlug } from './helpers/workflow'

/**
 * The admin follows the workflow: it offers only the steps the server takes, says why it
 * refuses, confirms each step, fits a phone, and shows the queue on the dashboard. Each test
 * works on an article of its own, made through the API from the Camp Ashraf article's opening
 * (three citations of two references), and deleted afterwards.
 */

// The admin loads its form state and inline blocks after the page: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 })

type Headers = Record<string, string>
type LexicalNode = { type: string; fields?: { reference?: number }; children?: LexicalNode[] }
type Article = { id: number; title: string; updatedAt: string }

const STALE_SUMMARY = 'Describe this change: the summary still reads as the previous revision’s.'

const created: number[] = []

async function createArticle(request: APIRequestContext, label: string): Promise<Article> {
  const editor = await authHeaders(request, 'editor')
  const sourceId = await idBySlug(request, 'articles', '2013-camp-ashraf-massacre', editor)
  const source = (await (
    await request.get(`/api/articles/${sourceId}?depth=0&draft=true`, { headers: editor })
  ).json()) as { body: { root: LexicalNode } }
  const response = await request.post('/api/articles?draft=true&depth=0', {
    headers: editor,
    data: {
      title: `${label} ${Date.now()}`,
      shortDescription: 'A test article',
      body: { root: { ...source.body.root, children: source.body.root.children!.slice(0, 3) } },
      changeSummary: 'First draft',
    },
  })
  expect(response.status()).toBe(201)
  const { doc } = (await response.json()) as { doc: Article }
  created.push(doc.id)
  return doc
}

async function step(
  request: APIRequestContext,
  headers: Headers,
  article: Article,
  data: Record<string, unknown>,
  draft = true,
): Promise<Article> {
  const response = await request.patch(
    `/api/articles/${article.id}?depth=0${draft ? '&draft=true' : ''}`,
    { headers, data: { ...data, updatedAt: article.updatedAt } },
  )
  expect(response.status()).toBe(200)
  return ((await response.json()) as { doc: Article }).doc
}

async function submitted(request: APIRequestContext, label: string): Promise<Article> {
  const article = await createArticle(request, label)
  return step(request, await authHeaders(request, 'editor'), article, {
    workflowState: 'in_review',
  })
}

/** Opens a document in the admin and waits until its form is ready for input. */
async function openDocument(page: Page, article: Article) {
  await page.goto(`/admin/collections/articles/${article.id}`)
  await expect(page.locator('form[data-form-ready="true"]').first()).toBeVisible()
}

const toast = (page: Page) => page.locator('.payload-toast-container')

/** The document's own controls (Payload's and the workflow's) in the header. */
const controls = (page: Page) => page.locator('.doc-controls__controls')

test.afterEach(async ({ request }) => {
  const admin = await authHeaders(request, 'admin')
  for (const id of created.splice(0)) {
    await request.delete(`/api/payload-locked-documents?where[document.value][equals]=${id}`, {
      headers: admin,
    })
    await request.delete(`/api/articles/${id}`, { headers: admin })
  }
})

test('should offer a reviewer no publish button, only the workflow steps they may take', async ({
  page,
  request,
}) => {
  const article = await submitted(request, 'Reviewer controls')
  await login({ page, role: 'reviewer' })
  await openDocument(page, article)
  await expect(controls(page).getByRole('button', { name: 'Approve' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)
  await expect(page.locator('#action-save')).toHaveCount(0)
  await expect(page.locator('#action-revert-to-published')).toHaveCount(0)
  await expect(page.getByRole('group', { name: 'Review workflow' }).getByRole('button')).toHaveText(
    ['Approve', 'Request changes', 'Schedule'],
  )
})

test('should offer an editor no publish button and no scheduling', async ({ page, request }) => {
  const article = await createArticle(request, 'Editor controls')
  await login({ page, role: 'editor' })
  await openDocument(page, article)
  await expect(controls(page).getByRole('button', { name: 'Submit for review' })).toBeVisible()
  await expect(page.locator('#action-save')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Publish|Schedule|Approve/ })).toHaveCount(0)
})

test('should offer an admin Payload’s publish button', async ({ page, request }) => {
  const article = await createArticle(request, 'Admin controls')
  await login({ page, role: 'admin' })
  await openDocument(page, article)
  await expect(page.locator('#action-save')).toHaveText('Publish changes')
})

test('should mark a repeated change summary on the field and say why in the toast', async ({
  page,
  request,
  consoleErrors,
}) => {
  const article = await createArticle(request, 'Stale summary')
  await login({ page, role: 'editor' })
  await openDocument(page, article)
  await page.locator('#field-shortDescription').fill('An edited test article')
  const refused = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.status() === 400,
  )
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await refused
  const field = page.locator('.field-type').filter({ has: page.locator('#field-changeSummary') })
  await expect(field.locator('.field-error')).toHaveText(STALE_SUMMARY)
  await expect(toast(page)).toContainText(STALE_SUMMARY)
  // The browser logs the refused request itself; that one is expected.
  expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('status of 400')])
})

test('should confirm a submission for review with a toast, without reloading', async ({
  page,
  request,
}) => {
  const article = await createArticle(request, 'Submit toast')
  await login({ page, role: 'editor' })
  await openDocument(page, article)
  await page.evaluate(() => ((window as { loadedOnce?: boolean }).loadedOnce = true))
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(toast(page)).toContainText('Submitted for review')
  await expect(page.locator('#field-workflowState')).toContainText('In review')
  expect(await page.evaluate(() => (window as { loadedOnce?: boolean }).loadedOnce)).toBe(true)
})

test('should confirm a change request with a toast', async ({ page, request }) => {
  const article = await submitted(request, 'Change request toast')
  await login({ page, role: 'reviewer' })
  await openDocument(page, article)
  await page.getByRole('button', { name: 'Request changes' }).click()
  await page.getByLabel('What needs to change?').fill('Name the sources of the figures.')
  await page.getByRole('button', { name: 'Send change request' }).click()
  await expect(toast(page)).toContainText('Changes requested')
  await expect(page.locator('#field-workflowState')).toContainText('Changes requested')
})

test('should confirm an approval with a toast', async ({ page, request }) => {
  const article = await submitted(request, 'Approval toast')
  await login({ page, role: 'reviewer' })
  await openDocument(page, article)
  const approved = page.waitForResponse((response) => response.request().method() === 'PATCH')
  await page.getByRole('button', { name: 'Approve' }).click()
  expect((await approved).status()).toBe(200)
  await expect(toast(page)).toContainText('Approved and published')
  await expect(page.locator('#field-workflowState')).toContainText('Published')
})

test('should fit the document header on a 375 px screen', async ({ page, request }) => {
  const article = await submitted(request, 'Narrow header')
  await page.setViewportSize({ width: 375, height: 800 })
  await login({ page, role: 'reviewer' })
  await openDocument(page, article)
  await expect(page.getByRole('button', { name: 'Approve' })).toBeVisible()
  const overflow = await controls(page).evaluate(
    (element) => element.scrollWidth - element.clientWidth,
  )
  expect(overflow).toBe(0)
  for (const name of ['Approve', 'Request changes', 'Schedule']) {
    const box = (await page.getByRole('button', { name }).boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(375)
  }
})

test('should count the revisions waiting for review on the dashboard', async ({
  page,
  request,
}) => {
  await login({ page, role: 'reviewer' })
  await page.goto('/admin')
  const articles = page
    .getByRole('region', { name: 'Review queue' })
    .locator('[data-collection="articles"]')
  const before = Number(await articles.textContent())
  await submitted(request, 'Dashboard count')
  await page.reload()
  await expect(articles).toHaveText(String(before + 1))
})

test('should list the changes requested on an editor’s drafts on the dashboard', async ({
  page,
  request,
}) => {
  const article = await submitted(request, 'Sent back')
  await step(request, await authHeaders(request, 'reviewer'), article, {
    workflowState: 'changes_requested',
    reviewComment: 'Date the second source.',
  })
  await login({ page, role: 'editor' })
  await page.goto('/admin')
  const item = page
    .getByRole('region', { name: 'Changes requested on my drafts' })
    .getByRole('listitem')
    .filter({ hasText: article.title })
  await expect(item).toContainText('Date the second source.')
})

test('should show each citation in the editor as [n] and its reference title', async ({
  page,
  request,
}) => {
  const article = await createArticle(request, 'Citation chips')
  await login({ page, role: 'reviewer' })
  await openDocument(page, article)
  await expect(page.locator('.citation-label').first()).toHaveText(
    '[1] Envoys urge U.N. probe of massacre at Iranian exile camp in Iraq',
  )
  await expect(page.locator('.citation-label').nth(1)).toHaveText(
    "[2] 52 Iranian exiles killed at Iraq's Camp Ashraf",
  )
})

test('should compare revisions with readable citations and without bookkeeping fields', async ({
  page,
  request,
}) => {
  const editor = await authHeaders(request, 'editor')
  const article = await createArticle(request, 'Comparison')
  const { body } = (await (
    await request.get(`/api/articles/${article.id}?depth=0&draft=true`, { headers: editor })
  ).json()) as { body: { root: LexicalNode } }
  // The revision drops the first citation of the opening paragraph.
  const [opening, ...rest] = body.root.children!
  const firstCitation = opening.children!.findIndex((node) => node.type === 'inlineBlock')
  const revised = {
    ...opening,
    children: opening.children!.filter((_, index) => index !== firstCitation),
  }
  await step(request, editor, article, {
    body: { root: { ...body.root, children: [revised, ...rest] } },
    changeSummary: 'Drop a duplicate citation',
  })
  const versions = (await (
    await request.get(
      `/api/articles/versions?where[parent][equals]=${article.id}&sort=-createdAt&depth=0&limit=2`,
      { headers: editor },
    )
  ).json()) as { docs: { id: string }[] }
  const [newer, older] = versions.docs
  await login({ page, role: 'reviewer' })
  await page.goto(
    `/admin/collections/articles/${article.id}/versions/${newer.id}?versionFrom=${older.id}`,
  )
  const main = page.getByRole('main')
  await expect(main).toContainText('[1] Envoys urge U.N. probe of massacre')
  await expect(main).toContainText('Drop a duplicate citation')
  await expect(main).not.toContainText('InlineBlock')
  await expect(main).not.toContainText('Saved By Name')
  await expect(main).not.toContainText('Reviewed By')
})
