import type { Payload, RequestContext } from 'payload'

import { articles } from './content/articles'
import { events } from './content/events'
import { reactions } from './content/reactions'
import { gazetteerReferences, references } from './content/references'
import type { SeedEvent, SeedReference } from './content/types'
import { toLexical } from './lexical'

export const DEMO_USERS = [
  { name: 'Ada Admin', email: 'admin@annals.test', password: 'annals-admin', roles: ['admin'] },
  {
    name: 'Rita Reviewer',
    email: 'reviewer@annals.test',
    password: 'annals-reviewer',
    roles: ['reviewer'],
  },
  {
    name: 'Rob Reviewer',
    email: 'reviewer2@annals.test',
    password: 'annals-reviewer2',
    roles: ['reviewer'],
  },
  { name: 'Ed Editor', email: 'editor@annals.test', password: 'annals-editor', roles: ['editor'] },
] as const

export type SeedReport = { created: number; existing: number }

// Seeding runs outside Next.js: no page to revalidate.
const context: RequestContext = { disableRevalidate: true }

/** Day-only seed dates are stored at noon UTC, like the admin's calendar fields. */
const day = (date: string | undefined) => (date ? `${date}T12:00:00.000Z` : undefined)

const lookup = (ids: Map<string, number>, key: string, what: string): number => {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Seed data names an unknown ${what} "${key}"`)
  return id
}

// Every revision carries a change summary (docs/architecture.md); the seed's say where they
// came from.
const IMPORTED = 'Imported from the reference page'

const referenceData = ({ key: _key, date, archiveDate, accessDate, ...rest }: SeedReference) => ({
  ...rest,
  date: day(date),
  archiveDate: day(archiveDate),
  accessDate: day(accessDate),
  changeSummary: IMPORTED,
  _status: 'published' as const,
})

/**
 * Creates the demo content from the Camp Ashraf reference page. Idempotent: documents are
 * matched by slug (references by title, reactions by actor and date) and a document that
 * exists is left exactly as it is, edits included.
 */
export async function seedContent(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: 0, existing: 0 }

  const findOne = async (
    collection: 'articles' | 'events' | 'references' | 'reactions',
    where: Record<string, unknown>,
  ) => {
    const { docs } = await payload.find({
      collection,
      where: where as never,
      limit: 1,
      depth: 0,
      draft: true,
      select: {},
    })
    return docs[0]?.id as number | undefined
  }

  const referenceIds = new Map<string, number>()
  for (const reference of [...references, ...gazetteerReferences]) {
    let id = await findOne('references', { title: { equals: reference.title } })
    if (id) report.existing++
    else {
      id = (
        await payload.create({ collection: 'references', data: referenceData(reference), context })
      ).id
      report.created++
    }
    referenceIds.set(reference.key, id)
  }

  const eventIds = new Map<string, number>()
  const createdEvents: SeedEvent[] = []
  for (const event of events) {
    let id = await findOne('events', { slug: { equals: event.slug } })
    if (id) report.existing++
    else {
      const {
        key: _key,
        partOf,
        victims,
        perpetrators,
        figures,
        startDate,
        endDate,
        location,
        ...rest
      } = event
      const created = await payload.create({
        collection: 'events',
        context,
        data: {
          ...rest,
          datePrecision: rest.datePrecision ?? 'day',
          startDate: day(startDate)!,
          endDate: day(endDate),
          location: location && {
            ...location,
            reference: location.reference
              ? lookup(referenceIds, location.reference, 'reference')
              : undefined,
          },
          partOf: partOf ? lookup(eventIds, partOf, 'event') : undefined,
          victims: victims ? { text: victims.text } : undefined,
          perpetrators: perpetrators?.map((perpetrator) => ({
            ...perpetrator,
            reference: perpetrator.reference
              ? lookup(referenceIds, perpetrator.reference, 'reference')
              : undefined,
          })),
          figures: figures?.map((figure) => ({
            ...figure,
            asOf: day(figure.asOf),
            reference: figure.reference
              ? lookup(referenceIds, figure.reference, 'reference')
              : undefined,
          })),
          changeSummary: IMPORTED,
          _status: 'published',
        },
      })
      id = created.id
      createdEvents.push(event)
      report.created++
    }
    eventIds.set(event.key, id)
  }

  const articleIds = new Map<string, number>()
  const createdArticles: typeof articles = []
  for (const article of articles) {
    let id = await findOne('articles', { slug: { equals: article.slug } })
    if (id) report.existing++
    else {
      const created = await payload.create({
        collection: 'articles',
        context,
        data: {
          title: article.title,
          slug: article.slug,
          shortDescription: article.shortDescription,
          summary: article.summary,
          body: toLexical({ blocks: article.body, referenceIds, scope: article.key }) as never,
          event: article.event ? lookup(eventIds, article.event, 'event') : undefined,
          furtherReferences: article.furtherReferences?.map((key) =>
            lookup(referenceIds, key, 'reference'),
          ),
          changeSummary: IMPORTED,
          _status: 'published',
        },
      })
      id = created.id
      createdArticles.push(article)
      report.created++
    }
    articleIds.set(article.key, id)
  }

  // Links that may point forwards (see also, related articles, victims' article) are set once
  // everything exists.
  for (const article of createdArticles) {
    if (!article.seeAlso?.length && !article.relatedArticles?.length) continue
    const ids = (keys: string[] | undefined) =>
      keys?.length ? keys.map((key) => lookup(articleIds, key, 'article')) : undefined
    await payload.update({
      collection: 'articles',
      id: lookup(articleIds, article.key, 'article'),
      context,
      data: {
        seeAlso: ids(article.seeAlso),
        relatedArticles: ids(article.relatedArticles),
        changeSummary: 'Linked the related articles of the reference page',
        _status: 'published',
      },
    })
  }
  for (const event of createdEvents) {
    if (!event.victims?.article) continue
    await payload.update({
      collection: 'events',
      id: lookup(eventIds, event.key, 'event'),
      context,
      data: {
        victims: {
          text: event.victims.text,
          article: lookup(articleIds, event.victims.article, 'article'),
        },
        changeSummary: 'Linked the victims to their article',
        _status: 'published',
      },
    })
  }

  for (const reaction of reactions) {
    const event = lookup(eventIds, reaction.event, 'event')
    const id = await findOne('reactions', {
      and: [
        { event: { equals: event } },
        { actor: { equals: reaction.actor } },
        { date: { equals: day(reaction.date) } },
      ],
    })
    if (id) {
      report.existing++
      continue
    }
    await payload.create({
      collection: 'reactions',
      context,
      data: {
        ...reaction,
        event,
        date: day(reaction.date)!,
        reference: lookup(referenceIds, reaction.reference, 'reference'),
        changeSummary: IMPORTED,
        _status: 'published',
      },
    })
    report.created++
  }

  return report
}

/** The demo team, for the embedded installation only. */
export async function seedDemoUsers(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: 0, existing: 0 }
  for (const user of DEMO_USERS) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs) {
      report.existing++
      continue
    }
    await payload.create({
      collection: 'users',
      data: { ...user, roles: [...user.roles] },
      context,
    })
    report.created++
  }
  return report
}
