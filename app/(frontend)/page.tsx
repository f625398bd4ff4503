import Link from 'next/link'

import { EVENT_TYPE_LABELS, placeOf } from '@/components/events/labels'
import { formatDate, formatDateRange, isoDay } from '@/lib/format/date'
import { listArticles } from '@/lib/queries/articles'
import { listLatestEvents } from '@/lib/queries/events'

const RECENT = 6

export default async function HomePage() {
  const [articles, events] = await Promise.all([listArticles(), listLatestEvents(RECENT)])
  const recent = [...articles]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, RECENT)
  return (
    <div className="page home">
      <h1 className="visually-hidden">Annals</h1>
      <p className="intro">
        An encyclopedia of attacks, raids, massacres, executions and diplomatic incidents. Every
        figure is shown with the source that gives it, and every change is reviewed before it is
        published.
      </p>
      <div className="home-columns">
        <section aria-labelledby="recently-updated">
          <h2 id="recently-updated">Recently updated</h2>
          <ul className="cards">
            {recent.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${article.slug}`} className="card-title">
                  {article.title}
                </Link>
                {article.shortDescription ? (
                  <span className="short-description">{article.shortDescription}</span>
                ) : null}
                <span className="card-meta">
                  Updated{' '}
                  <time dateTime={isoDay(article.updatedAt)}>{formatDate(article.updatedAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="latest-events">
          <h2 id="latest-events">Latest events</h2>
          <ul className="cards">
            {events.map((event) => (
              <li key={event.id}>
                <Link href={`/events/${event.slug}`} className="card-title">
                  {event.name}
                </Link>
                <span className="card-meta">
                  {EVENT_TYPE_LABELS[event.type]} ·{' '}
                  <time dateTime={isoDay(event.startDate)}>
                    {formatDateRange(event.startDate, event.endDate, event.datePrecision)}
                  </time>
                  {placeOf(event) ? ` · ${placeOf(event)}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/events">The full timeline of events</Link>
          </p>
        </section>
      </div>
      <section aria-labelledby="all-articles">
        <h2 id="all-articles">All articles</h2>
        {articles.length === 0 ? (
          <p>No articles have been published yet.</p>
        ) : (
          <ul className="article-list">
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                {article.shortDescription ? (
                  <span className="short-description"> — {article.shortDescription}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
