import Link from 'next/link'

import type { CitingPage } from '@/lib/view/reference'

/** Every published page citing a source, with what each says on its authority. */
export function WhatLinksHere({ citing, more }: { citing: CitingPage[]; more: number }) {
  if (!citing.length) return <p>No published page cites this source.</p>
  return (
    <>
      <ul className="what-links-here">
        {citing.map((page) => (
          <li key={page.href}>
            <Link href={page.href}>{page.title}</Link>{' '}
            <span className="page-kind">({page.kind === 'article' ? 'article' : 'event'})</span>
            {page.passages.length ? (
              <ul className="cited-passages">
                {page.passages.map((passage) => (
                  <li key={passage}>
                    <blockquote>{passage}</blockquote>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {more > 0 ? <p>And {more} more.</p> : null}
    </>
  )
}
