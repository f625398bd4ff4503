import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { CitationBlock } from './citationBlock'

// Uploads and internal relationship embeds are left out: articles take images and related
// links through their own fields, which the reader page lays out consistently.
const OMITTED_FEATURES = new Set(['upload', 'relationship', 'heading'])

/**
 * The article body editor. H2 headings open the sections of the table of contents, H3/H4 the
 * subsections; citations are inline blocks.
 */
export const articleEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !OMITTED_FEATURES.has(feature.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BlocksFeature({ inlineBlocks: [CitationBlock] }),
    FixedToolbarFeature(),
  ],
})
