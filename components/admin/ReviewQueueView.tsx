import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isStaff } from '@/access/roles'
import { listPendingRevisions } from '@/workflow/reviewQueue'

const age = (since: string, now: number) => {
  const minutes = Math.max(0, Math.round((now - new Date(since).getTime()) / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.round(minutes / 60)
  if (hours < 48) return `${hours} h`
  return `${Math.round(hours / 24)} days`
}

/** The admin's Review queue: every revision waiting for a reviewer, oldest first. */
export async function ReviewQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user, i18n } = req
  const adminRoute = payload.config.routes.admin
  const pending = isStaff(user) ? await listPendingRevisions({ payload, user, adminRoute }) : []
  // Rendered on request: the age is as of now.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now()

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right review-queue">
        <h1>Review queue</h1>
        <p>
          Revisions submitted for review, oldest first. Open the comparison to see what changed.
        </p>
        {pending.length === 0 ? (
          <p>Nothing is waiting for review.</p>
        ) : (
          <div className="table">
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Collection</th>
                  <th scope="col">Author</th>
                  <th scope="col">Summary</th>
                  <th scope="col">Waiting</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((revision) => (
                  <tr key={`${revision.collection}:${revision.id}`}>
                    <td>
                      <a href={revision.editUrl}>{revision.title}</a>
                    </td>
                    <td>{revision.collectionLabel}</td>
                    <td>{revision.authorName}</td>
                    <td>{revision.changeSummary}</td>
                    <td>
                      <time dateTime={revision.submittedAt}>{age(revision.submittedAt, now)}</time>
                    </td>
                    <td>
                      <a href={revision.compareUrl}>Compare</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </DefaultTemplate>
  )
}
