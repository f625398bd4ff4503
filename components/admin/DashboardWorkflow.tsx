import type { ServerProps, Where } from 'payload'
import React from 'react'

import { isStaff } from '@/access/roles'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/workflow/states'

import './admin.css'

const LABELS: Record<WorkflowCollection, string> = {
  articles: 'Articles',
  events: 'Events',
  references: 'References',
  reactions: 'Reactions',
}

const TITLE_FIELD: Record<WorkflowCollection, string> = {
  articles: 'title',
  events: 'name',
  references: 'title',
  reactions: 'actor',
}

/**
 * The top of the admin's dashboard for the editorial team: how many revisions wait for review
 * in each collection, and the author's own drafts a reviewer has sent back, with the comment.
 * Read as the signed-in user, on the newest revisions (drafts).
 */
export async function DashboardWorkflow({ payload, user }: ServerProps) {
  if (!user || !isStaff(user as never)) return null
  const adminRoute = payload.config.routes.admin
  const read = (collection: WorkflowCollection, where: Where, limit: number) =>
    payload.find({
      collection,
      where,
      draft: true,
      depth: 0,
      limit,
      sort: 'updatedAt',
      overrideAccess: false,
      user,
      select: { [TITLE_FIELD[collection]]: true, reviewComment: true, updatedAt: true } as never,
    })

  const [queue, sentBack] = await Promise.all([
    Promise.all(
      WORKFLOW_COLLECTIONS.map(async (collection) => ({
        collection,
        count: (await read(collection, { workflowState: { equals: 'in_review' } }, 1)).totalDocs,
      })),
    ),
    Promise.all(
      WORKFLOW_COLLECTIONS.map(async (collection) => {
        const { docs } = await read(
          collection,
          {
            and: [
              { workflowState: { equals: 'changes_requested' } },
              { lastEditedBy: { equals: user.id } },
            ],
          },
          20,
        )
        return (docs as unknown as Record<string, unknown>[]).map((record) => {
          const id = String(record.id)
          return {
            key: `${collection}:${id}`,
            collectionLabel: LABELS[collection].slice(0, -1),
            title: String(record[TITLE_FIELD[collection]] ?? id),
            comment: typeof record.reviewComment === 'string' ? record.reviewComment : '',
            href: `${adminRoute}/collections/${collection}/${id}`,
          }
        })
      }),
    ).then((lists) => lists.flat()),
  ])
  const waiting = queue.reduce((sum, { count }) => sum + count, 0)

  return (
    <div className="dashboard-workflow">
      <section aria-labelledby="dashboard-review-queue" className="dashboard-workflow__panel">
        <h2 id="dashboard-review-queue">Review queue</h2>
        <p>
          {waiting === 0
            ? 'Nothing is waiting for review.'
            : `${waiting} revision${waiting === 1 ? '' : 's'} waiting for review.`}{' '}
          <a href={`${adminRoute}/review-queue`}>Open the review queue</a>
        </p>
        <ul className="dashboard-workflow__counts">
          {queue.map(({ collection, count }) => (
            <li key={collection}>
              <a
                href={`${adminRoute}/collections/${collection}?where[workflowState][equals]=in_review`}
              >
                <span className="dashboard-workflow__count" data-collection={collection}>
                  {count}
                </span>{' '}
                {LABELS[collection]}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="dashboard-sent-back" className="dashboard-workflow__panel">
        <h2 id="dashboard-sent-back">Changes requested on my drafts</h2>
        {sentBack.length === 0 ? (
          <p>None of your revisions has been sent back.</p>
        ) : (
          <ul className="dashboard-workflow__sent-back">
            {sentBack.map((item) => (
              <li key={item.key}>
                <a href={item.href}>{item.title}</a>{' '}
                <span className="dashboard-workflow__kind">({item.collectionLabel})</span>
                {item.comment && <q className="dashboard-workflow__comment">{item.comment}</q>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
