'use client'

import { useEffect } from 'react'

/**
 * What a reader sees when a page cannot be rendered — most often because the database is
 * briefly unreachable. Cached pages keep being served meanwhile; this page asks the reader
 * to try again rather than showing a bare error, and the server has logged the cause.
 */
export default function FrontendError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="error-page">
      <h1>This page is briefly unavailable</h1>
      <p>
        Annals could not load this page just now. This is usually over within a minute: please try
        again.
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
      {error.digest ? <p className="error-reference">Reference: {error.digest}</p> : null}
    </div>
  )
}
