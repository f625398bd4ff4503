import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { listArticleSlugs } from '@/lib/queries/articles'
import { getArticleHistory } from '@/lib/queries/history'

type Props = { params: Promise<{ slug: string }> }

// Static like the article itself; publishing an article revalidates its history.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await listArticleSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await getArticleHistory((await params).slug)
  if (!history) return {}
  return {
    title: `History of ${history.article.title}`,
    alternates: { canonical: `/articles/${history.article.slug}/history` },
    robots: { index: false },
  }
}

const dateTime = (value: string) =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(value))

export default async function HistoryPage({ params }: Props) {
  const history = await getArticleHistory((await params).slug)
  if (!history) notFound()
  const { article, revisions } = history
  return (
    <div className="page history">
      <h1>History of “{article.title}”</h1>
      <p>
        Every published revision of <Link href={`/articles/${article.slug}`}>{article.title}</Link>,
        newest first. Each was approved by a reviewer before readers saw it.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Published (UTC)</th>
              <th scope="col">Author</th>
              <th scope="col">Summary of the change</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <td>
                  <time dateTime={revision.publishedAt}>{dateTime(revision.publishedAt)}</time>
                </td>
                <td>{revision.author}</td>
                <td>{revision.summary || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
