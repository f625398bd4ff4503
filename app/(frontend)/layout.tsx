import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { SearchForm } from '@/components/search/SearchForm'
import { siteUrl } from '@/lib/siteUrl'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
  title: { default: 'Annals — an encyclopedia of events', template: '%s — Annals' },
  description:
    'Annals is an editorial encyclopedia of events: attacks, raids, massacres, executions and diplomatic incidents, with every figure attributed to its source.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            Annals
          </Link>
          <span className="site-tagline">An encyclopedia of events</span>
          <nav className="site-nav" aria-label="Main">
            <Link href="/">Articles</Link>
            <Link href="/events">Events</Link>
            <Link href="/events/map">Map</Link>
          </nav>
          <SearchForm id="site-search-q" label="Site search" />
        </header>
        <PreviewBanner />
        <main id="content">{children}</main>
        <footer className="site-footer">
          <p>
            Every change to Annals is reviewed before it is published. Figures are shown with the
            source that gives them.
          </p>
        </footer>
      </body>
    </html>
  )
}
