/**
 * Plain data shapes for the demo content. The seed (scripts/seed/index.ts) turns these into
 * Payload documents; keys link records to each other so the content files stay readable.
 * Dates are ISO calendar dates ('2013-09-01').
 */

export type IsoDate = `${number}-${number}-${number}`

export type SeedReference = {
  key: string
  citationType: 'news' | 'web' | 'report' | 'press-release' | 'book' | 'journal'
  title: string
  authors?: { last: string; first?: string }[]
  work?: string
  publisher?: string
  date?: IsoDate
  url?: string
  format?: string
  archiveUrl?: string
  archiveDate?: IsoDate
  accessDate?: IsoDate
  urlStatus?: 'live' | 'dead' | 'unfit' | 'usurped'
  language?: string
  quote?: string
}

/** A run of text, or a citation of a reference by key. */
export type SeedInline = string | { cite: string }

/** Body blocks: an h2 section heading, or a paragraph. */
export type SeedBlock = { h2: string } | { p: SeedInline[] }

export type FigureKind = 'deaths' | 'injured' | 'missing' | 'detained' | 'displaced'

export type SeedFigure = {
  kind: FigureKind
  value?: number
  min?: number
  max?: number
  qualifier?: 'at-least' | 'about' | 'up-to'
  claimedBy: string
  reference?: string
  asOf?: IsoDate
  preferred?: boolean
  /** Why the figure differs from the preferred one, when it does. */
  note?: string
}

export type SeedEvent = {
  key: string
  name: string
  slug: string
  alternativeNames?: string[]
  partOf?: string
  type:
    'massacre' | 'raid' | 'airstrike' | 'bombing' | 'kidnapping' | 'execution' | 'attack' | 'other'
  startDate?: IsoDate
  endDate?: IsoDate
  datePrecision?: 'day' | 'month' | 'year'
  location?: {
    place?: string
    region?: string
    country?: string
    latitude?: number
    longitude?: number
    /** The key of the gazetteer reference the coordinates come from. */
    reference?: string
  }
  victims?: { text: string; article?: string }
  perpetrators?: {
    party: string
    attribution: 'alleged' | 'suspected' | 'confirmed' | 'claimed'
    reference?: string
  }[]
  figures?: SeedFigure[]
}

export type SeedReaction = {
  event: string
  actor: string
  actorType: 'government' | 'igo' | 'ngo' | 'person' | 'other'
  country?: string
  date: IsoDate
  stance: 'condemnation' | 'concern' | 'call-for-investigation' | 'support' | 'denial' | 'other'
  statement: string
  quote?: string
  reference: string
}

export type SeedArticle = {
  key: string
  title: string
  slug: string
  shortDescription: string
  summary: string
  body: SeedBlock[]
  event?: string
  seeAlso?: string[]
  /** Curated related articles, in the order readers see them. */
  relatedArticles?: string[]
  furtherReferences?: string[]
}
