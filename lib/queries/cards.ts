import type { Article } from '@/payload-types'

/**
 * What an article's card reads: the fields a list of articles shows, selected once for the
 * index, the event page, related articles and the home page.
 */
const CARD_FIELDS = {
  title: true,
  slug: true,
  shortDescription: true,
  updatedAt: true,
} as const

/** A card in the index, on an event's page and among related articles: with its summary. */
export const ARTICLE_CARD_SELECT = { ...CARD_FIELDS, summary: true } as const

export type ArticleCard = Pick<Article, 'id' | keyof typeof ARTICLE_CARD_SELECT>

/** A card on the home page: no summary, and the creation date its "new" list sorts by. */
export const HOME_CARD_SELECT = { ...CARD_FIELDS, createdAt: true } as const

export type HomeCard = Pick<Article, 'id' | keyof typeof HOME_CARD_SELECT>
