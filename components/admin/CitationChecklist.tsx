'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Problem = { rule: string; severity: 'blocking' | 'warning'; message: string }
type Checklist = {
  passed: boolean
  rules: { id: string; label: string; severity: 'blocking' | 'warning'; problems: Problem[] }[]
}

const colours = {
  pass: 'var(--theme-success-500, #2e7d32)',
  blocking: 'var(--theme-error-500, #c62828)',
  warning: 'var(--theme-warning-500, #a86400)',
}

/**
 * The citation checklist of the saved revision (workflow/checks/citationChecks.ts), shown to
 * editors before they submit and to reviewers before they approve. The server runs the same
 * rules when a revision is approved, so what is marked "blocks approval" here is refused there.
 */
export function CitationChecklist() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const [checklist, setChecklist] = useState<Checklist | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/citation-checks`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((result: Checklist) => {
        setChecklist(result)
        setFailed(false)
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true)
      })
    return () => controller.abort()
  }, [id, collectionSlug, lastUpdateTime, config.serverURL, config.routes.api])

  if (!id) return null
  const blocking = checklist?.rules.filter(
    (rule) => rule.severity === 'blocking' && rule.problems.length,
  ).length

  return (
    <section
      className="citation-checklist"
      aria-labelledby="citation-checklist-title"
      style={{ marginBottom: 'var(--base, 20px)' }}
    >
      <h3 id="citation-checklist-title" style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
        Citation checks
      </h3>
      {failed ? <p role="alert">The citation checks could not be loaded.</p> : null}
      {checklist ? (
        <>
          <p
            className="citation-checklist__verdict"
            style={{
              color: checklist.passed ? colours.pass : colours.blocking,
              margin: '0 0 0.5rem',
            }}
          >
            {checklist.passed
              ? 'Nothing blocks approval.'
              : `${blocking} blocking ${blocking === 1 ? 'check fails' : 'checks fail'}: this revision cannot be approved.`}
          </p>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {checklist.rules.map((rule) => {
              const ok = rule.problems.length === 0
              const colour = ok ? colours.pass : colours[rule.severity]
              return (
                <li
                  key={rule.id}
                  className={`citation-checklist__rule citation-checklist__rule--${ok ? 'pass' : rule.severity}`}
                  style={{ margin: '0 0 0.4rem' }}
                >
                  <span aria-hidden="true" style={{ color: colour, fontWeight: 700 }}>
                    {ok ? '✓' : rule.severity === 'blocking' ? '✗' : '!'}
                  </span>{' '}
                  {rule.label}{' '}
                  <span style={{ color: colour, fontSize: '0.85em' }}>
                    ({ok ? 'passes' : rule.severity === 'blocking' ? 'blocks approval' : 'warning'})
                  </span>
                  {ok ? null : (
                    <ul style={{ margin: '0.25rem 0 0 1.1rem', padding: 0, fontSize: '0.9em' }}>
                      {rule.problems.map((problem) => (
                        <li key={problem.message}>{problem.message}</li>
                      ))}
                    </ul>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      ) : failed ? null : (
        <p>Checking citations…</p>
      )}
    </section>
  )
}
