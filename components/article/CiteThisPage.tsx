import type { PageCitation } from '@/lib/format/citation'

import { FormattedReference } from './FormattedReference'

/** How to cite the article, in each style a reader may need, ready to copy. */
export function CiteThisPage({ citations }: { citations: PageCitation[] }) {
  return (
    <section aria-labelledby="cite-this-page" className="cite-this-page">
      <h2 id="cite-this-page">Cite this page</h2>
      <dl>
        {citations.map((citation) => (
          <div key={citation.style} className={`cite-style cite-${citation.style.toLowerCase()}`}>
            <dt>{citation.style}</dt>
            <dd>
              {'segments' in citation ? (
                <FormattedReference segments={citation.segments} />
              ) : (
                <pre tabIndex={0} aria-label="BibTeX entry">
                  <code>{citation.text}</code>
                </pre>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
