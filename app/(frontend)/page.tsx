import Link from 'next/link'

import { ArticleCard } from '@/components/article/ArticleCard'

import { EVENT_TYPE_LABELS, placeOf } from '@/components/events/labels'
import { formatDate, formatDateRange, isoDay } from '@/lib/format/date'
import { listLatestEvents } from '@/lib/queries/events'
import type { HomeCard } from '@/lib/queries/cards'
import { getHomeLists } from '@/lib/queries/home'

const LATEST_EVENTS = 6

function ArticleCards({
  articles,
  date,
}: {
  articles: HomeCard[]
  date: 'createdAt' | 'updatedAt'
}) {
  return (
    <ul className="cards">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article}>
            <span className="card-meta">
              {date === 'createdAt' ? 'Published' : 'Updated'}{' '}
              <time dateTime={isoDay(article[date])}>{formatDate(article[date])}</time>
            </span>
          </ArticleCard>
        </li>
      ))}
    </ul>
  )
}

/** Bounded lists, each linking to the full paginated listing: the page's size never grows. */
export default async function HomePage() {
  const [{ featured, recent, updated, articleCount }, events] = await Promise.all([
    getHomeLists(),
    listLatestEvents(LATEST_EVENTS),
  ])
  return (
    <div className="page home">
      <h1 className="visually-hidden">Annals</h1>
      <p className="intro">
        An encyclopedia of attacks, raids, massacres, executions and diplomatic incidents. Every
        figure is shown with the source that gives it, and every change is reviewed before it is
        published.
      </p>
      {featured.length ? (
        <section aria-labelledby="featured">
          <h2 id="featured">Featured</h2>
          <ArticleCards articles={featured} date="updatedAt" />
        </section>
      ) : null}
      <div className="home-columns">
        <section aria-labelledby="recent-articles">
          <h2 id="recent-articles">New articles</h2>
          {recent.length === 0 ? (
            <p>No articles have been published yet.</p>
          ) : (
            <ArticleCards articles={recent} date="createdAt" />
          )}
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
      <section aria-labelledby="recently-updated">
        <h2 id="recently-updated">Recently updated</h2>
        <ArticleCards articles={updated} date="updatedAt" />
      </section>
      <p className="home-more">
        <Link href="/articles">
          All {articleCount.toLocaleString('en')} {articleCount === 1 ? 'article' : 'articles'}, A
          to Z
        </Link>
      </p>
    </div>
  )
}
