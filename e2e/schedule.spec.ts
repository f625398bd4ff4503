import { expect, test } from './helpers/fixtures'
import { authHeaders } from './helpers/workflow'

/**
 * Scheduled publishing under the production server: the jobs queue runs inside the site
 * (JOBS_AUTORUN, as `npm start` sets it), with no external cron, and the published revision
 * reaches the reader page like any approval.
 */
test('should show a revision scheduled 10 seconds ahead on the reader page, with no external cron', async ({
  page,
  request,
}) => {
  const [admin, editor, reviewer] = await Promise.all(
    (['admin', 'editor', 'reviewer'] as const).map((role) => authHeaders(request, role)),
  )
  const stamp = Date.now()
  const slug = `scheduled-${stamp}`
  const created = await request.post('/api/articles?depth=0', {
    headers: admin,
    data: {
      title: `Before the schedule ${stamp}`,
      slug,
      summary: 'The published text.',
      changeSummary: 'Publish the article',
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  await page.goto(`/articles/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Before the schedule ${stamp}`)

  const submitted = await request.patch(`/api/articles/${doc.id}?draft=true&depth=0`, {
    headers: editor,
    data: {
      title: `After the schedule ${stamp}`,
      changeSummary: 'Retitle the article',
      workflowState: 'in_review',
    },
  })
  expect(submitted.status()).toBe(200)
  const seen = (await (
    await request.get(`/api/articles/${doc.id}?draft=true&depth=0`, { headers: reviewer })
  ).json()) as { updatedAt: string }
  const scheduled = await request.post(`/api/articles/${doc.id}/schedule`, {
    headers: reviewer,
    data: { publishAt: new Date(Date.now() + 10_000).toISOString(), updatedAt: seen.updatedAt },
  })
  expect(scheduled.status()).toBe(201)

  await expect
    .poll(
      async () => {
        await page.goto(`/articles/${slug}`)
        return page.getByRole('heading', { level: 1 }).textContent()
      },
      { timeout: 45_000, intervals: [2_000] },
    )
    .toBe(`After the schedule ${stamp}`)
})

test('should refuse an editor scheduling a publish over the API, saying why', async ({
  request,
}) => {
  const editor = await authHeaders(request, 'editor')
  const created = await request.post('/api/articles?draft=true&depth=0', {
    headers: editor,
    data: {
      title: `Editor schedule ${Date.now()}`,
      slug: `editor-schedule-${Date.now()}`,
      changeSummary: 'Write it',
      workflowState: 'in_review',
    },
  })
  const { doc } = (await created.json()) as { doc: { id: number; updatedAt: string } }
  const response = await request.post(`/api/articles/${doc.id}/schedule`, {
    headers: editor,
    data: { publishAt: new Date(Date.now() + 60_000).toISOString(), updatedAt: doc.updatedAt },
  })
  expect({ status: response.status(), body: await response.json() }).toEqual({
    status: 403,
    body: { errors: [{ message: 'Only reviewers and admins can schedule a publish.' }] },
  })
  await request.delete(`/api/articles/${doc.id}`, { headers: editor })
})
