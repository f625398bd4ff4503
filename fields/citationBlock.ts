import type { Block } from 'payload'

/**
 * The inline citation of the article body: a superscript number on the reader site that
 * points at a `references` document. Inline blocks keep the pointer as a real relationship,
 * so the admin offers a searchable reference picker and the API can populate it.
 */
export const CitationBlock: Block = {
  slug: 'citation',
  interfaceName: 'CitationBlock',
  labels: { singular: 'Citation', plural: 'Citations' },
  // The chip reads "[n] Reference title", numbered as on the reader's page.
  admin: { components: { Label: '@/components/admin/CitationLabel#CitationLabel' } },
  fields: [
    {
      name: 'reference',
      type: 'relationship',
      relationTo: 'references',
      required: true,
    },
    {
      name: 'pages',
      type: 'text',
      label: 'Page(s)',
      admin: { description: 'Optional page or section within the source, e.g. "p. 12".' },
    },
  ],
}
