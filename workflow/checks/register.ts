import type { Endpoint, Field } from 'payload'

import { isCitationChecked } from './citationChecks'
import { citationChecksEndpoint } from './citationChecksEndpoint'

/** The checklist panel, in the document's sidebar of the collections the checks apply to. */
export const citationCheckFields = (slug: string): Field[] =>
  isCitationChecked(slug)
    ? [
        {
          name: 'citationChecklist',
          type: 'ui',
          admin: {
            position: 'sidebar',
            components: {
              Field: '@/components/admin/CitationChecklistServer#CitationChecklistServer',
            },
          },
        },
      ]
    : []

/** The same checklist over REST, for API clients and scripts. */
export const citationCheckEndpoints = (slug: string): Omit<Endpoint, 'root'>[] =>
  isCitationChecked(slug) ? [citationChecksEndpoint] : []
