import type { Payload } from 'payload'

import { demoUser } from './payload'

let articles = 0

/** A published article with a unique slug, made by the system (no user), for a test to use. */
export async function publishedArticle(payload: Payload, title = 'Workflow test article') {
  articles += 1
  return payload.create({
    collection: 'articles',
    depth: 0,
    data: {
      title: `${title} ${articles}`,
      slug: `workflow-test-${process.pid}-${articles}-${Date.now()}`,
      summary: 'The published text.',
      changeSummary: 'First version',
      _status: 'published',
    },
  })
}

/** The editor's revision of an article, saved as a draft and submitted for review. */
export async function submittedRevision(
  payload: Payload,
  id: number,
  summary = 'The revised text.',
) {
  const editor = await demoUser(payload, 'editor')
  return payload.update({
    collection: 'articles',
    id,
    draft: true,
    overrideAccess: false,
    user: editor,
    depth: 0,
    data: { summary, changeSummary: `Revise the summary: ${summary}`, workflowState: 'in_review' },
  })
}

/** Removes test documents and their audit entries. */
export async function removeArticles(payload: Payload, ids: number[]) {
  if (!ids.length) return
  await payload.delete({ collection: 'articles', where: { id: { in: ids } } })
  await payload.delete({
    collection: 'audit-log',
    where: {
      and: [{ targetCollection: { equals: 'articles' } }, { targetId: { in: ids.map(String) } }],
    },
  })
}
