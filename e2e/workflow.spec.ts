import type { Browser, Page } from '@playwright/test'

import { expect, login, test, type DemoRole } from './helpers/fixtures'
import {
  authHeaders,
  idBySlug,
  leaveDocument,
  openDocument,
  saveDraft,
  workflowAction,
} from './helpers/workflow'

const SLUG = '2013-camp-ashraf-massacre'
const ARTICLE = `/articles/${SLUG}`
const FIRST = 'Attack on Iranian exiles at Camp Ashraf, Iraq (first revision)'
const SECOND = 'Killing of 52 Iranian exiles at Camp Ashraf, Iraq (2013)'

/** Each person works in their own browser context, signed in as themselves. */
async function signedIn(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await login({ page, role })
  return page
}

const state = (page: Page) => page.locator('#field-workflowState')

test('should take an edit of the Camp Ashraf article from editor to reader only through review', async ({
  browser,
  page: reader,
  request,
}) => {
  test.setTimeout(180_000)
  const staffHeaders = await authHeaders(request, 'admin')
  const id = await idBySlug(request, 'articles', SLUG, staffHeaders)
  const edit = `/admin/collections/articles/${id}`
  await reader.goto(ARTICLE)
  const original = await reader.locator('.short-description').first().textContent()

  // The editor edits with a change summary, saves a draft and submits it.
  const editor = await signedIn(browser, 'editor')
  await openDocument(editor, edit)
  await editor.locator('#field-shortDescription').fill(FIRST)
  expect(await saveDraft({ page: editor, summary: 'Say who was attacked' })).toBe(200)
  expect(await workflowAction({ page: editor, name: 'Submit for review' })).toBe(200)
  await expect(state(editor)).toContainText('In review')
  await leaveDocument(editor)

  // Readers keep the published text.
  await reader.goto(ARTICLE)
  await expect(reader.locator('.short-description').first()).toHaveText(original!)

  // A reviewer finds it in the queue, compares, and requests changes with a comment.
  const rita = await signedIn(browser, 'reviewer')
  await rita.goto('/admin/review-queue')
  const row = rita.getByRole('row').filter({ hasText: '2013 Camp Ashraf massacre' })
  await expect(row).toContainText('Ed Editor')
  await expect(row).toContainText('Say who was attacked')
  await row.getByRole('link', { name: 'Compare' }).click()
  await expect(rita).toHaveURL(/\/versions\//)
  await expect(rita.getByRole('main')).toContainText(FIRST)
  await openDocument(rita, edit)
  await rita.getByRole('button', { name: 'Request changes' }).click()
  await rita
    .getByLabel('What needs to change?')
    .fill('Give the number of victims, as the sources do.')
  expect(await workflowAction({ page: rita, name: 'Send change request' })).toBe(200)
  await expect(state(rita)).toContainText('Changes requested')
  await leaveDocument(rita)

  // The editor revises and resubmits, and cannot approve: no button, and the API refuses.
  await openDocument(editor, edit)
  await editor.locator('#field-shortDescription').fill(SECOND)
  expect(await saveDraft({ page: editor, summary: 'Give the number of victims' })).toBe(200)
  expect(await workflowAction({ page: editor, name: 'Submit for review' })).toBe(200)
  await expect(editor.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  // Over the API with the editor's token (a cookie without the site's origin counts for nothing).
  const editorApproves = await request.patch(`/api/articles/${id}`, {
    headers: await authHeaders(request, 'editor'),
    data: { _status: 'published', updatedAt: new Date().toISOString() },
  })
  expect(editorApproves.status()).toBe(403)
  await leaveDocument(editor)

  // Another reviewer approves; readers now see the new text.
  const rob = await signedIn(browser, 'reviewer2')
  await openDocument(rob, edit)
  expect(await workflowAction({ page: rob, name: 'Approve' })).toBe(200)
  await expect(state(rob)).toContainText('Published')
  await expect
    .poll(
      async () => {
        await reader.goto(ARTICLE)
        return reader.locator('.short-description').first().textContent()
      },
      { timeout: 15_000 },
    )
    .toBe(SECOND)

  // The history shows both revisions with their authors and summaries.
  const versions = await request.get(
    `/api/articles/versions?where[parent][equals]=${id}&sort=createdAt&limit=100&depth=0`,
    { headers: staffHeaders },
  )
  const revisions = (
    (await versions.json()) as { docs: { version: Record<string, string> }[] }
  ).docs
    .map(({ version }) => ({ author: version.authorName, summary: version.changeSummary }))
    .filter(({ summary }) => summary !== 'Imported from the reference page')
  expect(revisions).toEqual(
    expect.arrayContaining([
      { author: 'Ed Editor', summary: 'Say who was attacked' },
      { author: 'Ed Editor', summary: 'Give the number of victims' },
    ]),
  )
  await reader.goto(`${ARTICLE}/history`)
  await expect(
    reader.getByRole('row').filter({ hasText: 'Give the number of victims' }),
  ).toContainText('Ed Editor')

  // The audit log shows each step, with who took it.
  await rob.goto('/admin/collections/audit-log')
  const log = await request.get(
    `/api/audit-log?where[targetCollection][equals]=articles&where[targetId][equals]=${id}&sort=createdAt&depth=0`,
    { headers: staffHeaders },
  )
  const steps = (
    (await log.json()) as { docs: { action: string; actorName: string; comment: string | null }[] }
  ).docs
  expect(steps.map(({ action, actorName, comment }) => [action, actorName, comment ?? ''])).toEqual(
    [
      ['submit', 'Ed Editor', ''],
      ['request_changes', 'Rita Reviewer', 'Give the number of victims, as the sources do.'],
      ['submit', 'Ed Editor', ''],
      ['approve', 'Rob Reviewer', ''],
    ],
  )
  await expect(rob.getByRole('row').filter({ hasText: 'Rob Reviewer' }).first()).toBeVisible()
})
