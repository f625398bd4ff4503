import React from 'react'

import type { CitationChecklist } from '@/workflow/checks/citationChecks'

const colours = {
  pass: 'var(--theme-success-500, #2e7d32)',
  blocking: 'var(--theme-error-500, #c62828)',
  warning: 'var(--theme-warning-500, #a86400)',
}

/** The checklist as editors and reviewers read it (rendered by CitationChecklistServer). */
export function CitationChecklistView({ checklist }: { checklist: CitationChecklist }) {
  const blocking = checklist.rules.filter(
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
      ) : null}
    </section>
  )
}
