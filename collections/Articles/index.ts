import type { CollectionConfig } from 'payload'

import { articleEditor } from '@/fields/editor'
import { slugField } from '@/fields/slug'
import { validateRichText } from '@/fields/validateRichText'
import { withEditorialWorkflow } from '@/workflow/withEditorialWorkflow'

import { computeCitedReferences } from './hooks/computeCitedReferences'
import { revalidateArticle } from './hooks/revalidateArticle'

export const Articles: CollectionConfig<'articles'> = withEditorialWorkflow({
  slug: 'articles',
  defaultPopulate: { title: true, slug: true, shortDescription: true, summary: true },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'shortDescription', '_status', 'updatedAt'],
    group: 'Content',
    // The reader page of the draft, through Next.js draft mode (staff only).
    livePreview: {
      url: ({ data }) => `/preview?path=${encodeURIComponent(`/articles/${data.slug}`)}`,
    },
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField('title'),
    {
      name: 'shortDescription',
      type: 'text',
      maxLength: 120,
      admin: { description: 'One line under the title, e.g. "Iraqi politician (1936–2015)".' },
    },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 600,
      admin: {
        description:
          'Plain text for related-article cards, search snippets and the meta description.',
      },
    },
    {
      name: 'body',
      type: 'richText',
      editor: articleEditor,
      validate: validateRichText,
      admin: { components: { Diff: '@/components/admin/BodyDiff#BodyDiff' } },
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      admin: {
        position: 'sidebar',
        description: 'The event this article is about (gives the infobox).',
      },
    },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { position: 'sidebar' } },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Listed under Featured on the home page.' },
    },
    {
      name: 'seeAlso',
      label: 'See also',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
    },
    {
      // The other direction of "See also" (MediaWiki's "What links here"): nothing is stored,
      // Payload reads it with the article itself, and the reader page ranks these first among
      // the related articles.
      name: 'listedIn',
      label: 'Listed under "See also" by',
      type: 'join',
      collection: 'articles',
      on: 'seeAlso',
      defaultLimit: 12,
      defaultSort: '-updatedAt',
      admin: { defaultColumns: ['title', '_status', 'updatedAt'] },
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      admin: {
        description: 'Curated related articles, shown to readers in this order.',
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'furtherReferences',
      type: 'relationship',
      relationTo: 'references',
      hasMany: true,
      admin: { description: 'Sources listed under References though not cited inline.' },
    },
    {
      name: 'citedReferences',
      type: 'relationship',
      relationTo: 'references',
      hasMany: true,
      admin: { readOnly: true, description: 'Computed from the citations in the body on save.' },
    },
  ],
  hooks: {
    beforeChange: [computeCitedReferences],
    afterChange: [revalidateArticle.afterChange],
    afterDelete: [revalidateArticle.afterDelete],
  },
})
