import { geoCentroid } from 'd3-geo'

import { containsPoint, findCountry } from '../../../lib/maps/atlas'

import { placeName, sentence } from './words'
import { hexId, random, seedOf, type Random } from './random'

import { element, textNode } from '../../seed/lexical'

/**
 * One "cluster" of benchmark content per index: an event, the article about it, the
 * references the article cites and the reactions to the event — rows for the tables Payload's
 * migrations create, main tables and version tables alike, in the shapes Payload itself
 * writes (see scripts/seed for the same documents made through the Local API).
 */

export type Row = Record<string, unknown>
export type Tables = Record<string, Row[]>

/**
 * A point inside the country as the maps draw it (Natural Earth 1:50m), drawn uniformly from
 * its bounding box until one falls inside: coordinates the editors' check would accept.
 */
const pointIn = (country: string, index: number) => {
  const shape = findCountry(country)!
  const place = random(seedOf('location', index))
  const [[west, south], [east, north]] = shape.bounds
  const span = east >= west ? east - west : east + 360 - west
  for (let attempt = 0; attempt < 100; attempt++) {
    const longitude = ((west + place.next() * span + 540) % 360) - 180
    const latitude = south + place.next() * (north - south)
    const rounded = [Math.round(latitude * 1e4) / 1e4, Math.round(longitude * 1e4) / 1e4]
    if (containsPoint(shape, rounded[0], rounded[1])) {
      return { location_latitude: rounded[0], location_longitude: rounded[1] }
    }
  }
  const [longitude, latitude] = geoCentroid(shape)
  return { location_latitude: latitude, location_longitude: longitude }
}

/** The first id of each table this load writes; ids are assigned, so rows can point at each other. */
export type IdBase = {
  articles: number
  events: number
  references: number
  reactions: number
  articleVersions: number
  eventVersions: number
}

const EPOCH = Date.UTC(2026, 10, 1)
const DAY = 86_400_000

const TYPES = ['massacre', 'raid', 'airstrike', 'bombing', 'kidnapping', 'execution', 'attack']
const COUNTRIES = `Iraq Syria Afghanistan Yemen Nigeria Somalia Pakistan Sudan Libya Mali
  Colombia Mexico Myanmar Lebanon Ukraine Ethiopia Congo Philippines India Kenya Niger Chad
  Egypt Algeria Turkey Iran Israel Palestine Georgia Armenia`.split(/\s+/)
const SOURCES = [
  'United Nations',
  'Ministry of the Interior',
  'Human Rights Watch',
  'Amnesty International',
  'Local officials',
  'Red Cross',
  'Hospital sources',
  'Opposition groups',
  'State media',
  'Residents',
]
const WORKS = `The Guardian|Reuters|Associated Press|Agence France-Presse|BBC News|Al Jazeera|
  The New York Times|The Washington Post|Los Angeles Times|Le Monde|Der Spiegel|The Times|
  The Independent|Deutsche Welle|France 24|The Economist|Financial Times|CNN|NPR|The Hindu`
  .split('|')
  .map((work) => work.trim())
const STANCES = ['condemnation', 'concern', 'call-for-investigation', 'support', 'denial', 'other']
const ACTOR_TYPES = ['government', 'igo', 'ngo', 'person', 'other']
const AUTHOR_NAMES = ['Annals', 'A. Editor', 'R. Reviewer', 'B. Editor']

const slugify = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const iso = (time: number) => new Date(time).toISOString()

const citation = (id: string, reference: number) => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id, blockName: '', blockType: 'citation', reference },
})

type Paragraph = { heading?: string; sentences: string[]; cites: number[][] }

/**
 * A body of about `bytes` of Lexical JSON: sections (h2) of paragraphs of Zipf-distributed
 * words, with `citations` inline citation blocks at sentence ends.
 */
const bodyPlan = (index: number, rng: Random, bytes: number, citations: number, refs: number[]) => {
  const blocks: Paragraph[] = []
  // Each citation costs about 240 bytes of JSON (the block, and the text node after it).
  let size = 200 + citations * 240
  let part = 0
  let sentences = 0
  while (size < bytes) {
    if (blocks.length === 0 || rng.chance(0.25)) {
      const heading = sentence(seedOf('heading', index * 64 + part++), rng.int(1, 3)).slice(0, -1)
      blocks.push({ heading, sentences: [], cites: [] })
      size += heading.length + 180
    }
    const paragraph: Paragraph = { sentences: [], cites: [] }
    for (let s = rng.int(2, 5); s > 0 && size < bytes; s--) {
      const text = sentence(seedOf('body', index * 4096 + part++), rng.int(8, 24))
      paragraph.sentences.push(text)
      paragraph.cites.push([])
      size += text.length + 1
      sentences++
    }
    size += 230
    blocks.push(paragraph)
  }
  // Citations at sentence ends, spread over the body; a reference may be cited twice.
  const ends = blocks.flatMap((block, b) => block.sentences.map((_, s) => [b, s] as const))
  for (let c = 0; c < citations && ends.length; c++) {
    const [b, s] = ends[Math.floor((c / citations) * ends.length + rng.next()) % ends.length]
    blocks[b].cites[s].push(refs[rng.int(0, refs.length - 1)])
  }
  return { blocks, sentences }
}

const toLexical = (blocks: Paragraph[], scope: string) => {
  let citationCount = 0
  const cited: number[] = []
  const children: unknown[] = []
  for (const block of blocks) {
    if (block.heading !== undefined) {
      children.push(element('heading', [textNode(block.heading)], { tag: 'h2' }))
      continue
    }
    const inline: unknown[] = []
    let run = ''
    block.sentences.forEach((text, s) => {
      run += (run ? ' ' : '') + text
      if (block.cites[s].length) {
        inline.push(textNode(run))
        run = ''
        for (const reference of block.cites[s]) {
          inline.push(citation(hexId(`${scope}:${citationCount++}`), reference))
          if (!cited.includes(reference)) cited.push(reference)
        }
      }
    })
    if (run) inline.push(textNode(run))
    children.push(element('paragraph', inline, { textFormat: 0, textStyle: '' }))
  }
  return { body: { root: element('root', children) }, cited }
}

const workflowColumns = (author: string, time: string, summary: string) => ({
  _status: 'published',
  workflow_state: 'published',
  change_summary: summary,
  author_name: author,
  saved_by_name: author,
  created_at: time,
  updated_at: time,
})

/** Prefixes every key with `version_` (the version tables' columns) and adds the version's own. */
const asVersion = (row: Row, extra: Row): Row => {
  const version: Row = {}
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id') continue
    version[key === '_status' ? 'version__status' : `version_${key}`] = value
  }
  return { ...version, ...extra }
}

/**
 * The rows of cluster `index`, `offset` places after the first cluster of this load (its ids
 * follow from `base`). `reactionId` and `versionIds` count on across clusters.
 */
export function generateCluster(
  index: number,
  offset: number,
  base: IdBase,
  counters: { reaction: number; articleVersion: number; eventVersion: number },
  users: number[],
): Tables {
  const rng = random(seedOf('cluster', index))
  const tables: Tables = {}
  const add = (table: string, row: Row) => (tables[table] ??= []).push(row)

  const articleId = base.articles + offset
  const eventId = base.events + offset
  const ownRefs = [0, 1, 2].map((k) => base.references + offset * 3 + k)
  // The previous cluster's references are cited too, when they are part of this load.
  const sharedRefs = offset > 0 ? [base.references + (offset - 1) * 3] : []
  const refs = [...ownRefs, ...sharedRefs]

  const place = placeName(index)
  const type = TYPES[rng.int(0, TYPES.length - 1)]
  const country = COUNTRIES[Math.min(COUNTRIES.length - 1, Math.floor(rng.next() ** 2.5 * 30))]
  const year = 1950 + Math.floor(rng.next() ** 0.6 * 76)
  const start = Date.UTC(year, rng.int(0, 11), rng.int(1, 28), 12)
  const title = `${year} ${place} ${type}`
  const slug = slugify(title)
  const author = AUTHOR_NAMES[rng.int(0, AUTHOR_NAMES.length - 1)]
  const editor = users.length ? users[rng.int(0, users.length - 1)] : null
  const updated = EPOCH - Math.floor(rng.next() ** 2 * 1000 * DAY) - rng.int(0, DAY)
  const created = updated - rng.int(0, 400) * DAY

  // References, each with one published version.
  ownRefs.forEach((id, k) => {
    const work = WORKS[Math.min(WORKS.length - 1, Math.floor(rng.next() ** 2 * WORKS.length))]
    const dead = rng.chance(0.1)
    const date = start + rng.int(0, 60) * DAY
    const host = `${slugify(work)}.example`
    const path = `${year}/${slug}-${k + 1}`
    const reference: Row = {
      id,
      citation_type: rng.chance(0.8) ? 'news' : 'web',
      language: 'en',
      title: sentence(seedOf('reftitle', index * 4 + k), rng.int(5, 11)).slice(0, -1),
      work,
      date: iso(date),
      url: `https://www.${host}/${path}`,
      normalized_url: `${host}/${path}`,
      url_status: dead ? 'dead' : 'live',
      access_date: iso(date + 30 * DAY),
      archive_url: dead ? `https://web.archive.org/web/2020/https://www.${host}/${path}` : null,
      archive_date: dead ? iso(date + 40 * DAY) : null,
      ...workflowColumns(author, iso(created), 'Imported by the benchmark generator'),
    }
    add('references', reference)
    add('_references_v', {
      ...asVersion(reference, {}),
      parent_id: id,
      latest: true,
      created_at: reference.created_at,
      updated_at: reference.updated_at,
    })
    if (rng.chance(0.7)) {
      const last = placeName(index * 3 + k + 500_000)
      add('references_authors', {
        _order: 1,
        _parent_id: id,
        id: hexId(`author:${id}`),
        last,
        first: `${String.fromCharCode(65 + rng.int(0, 25))}.`,
      })
    }
  })

  // The event, with figures by source, perpetrators and other names.
  const partOfIndex = index % 20 !== 0 && index % 3 === 0 ? index - (index % 20) : -1
  const partOf =
    partOfIndex >= 0 && offset - (index - partOfIndex) >= 0 ? eventId - (index - partOfIndex) : null
  const event: Row = {
    id: eventId,
    name: title,
    slug,
    type,
    part_of_id: partOf,
    start_date: iso(start),
    end_date: rng.chance(0.15) ? iso(start + rng.int(1, 20) * DAY) : null,
    date_precision: rng.chance(0.9) ? 'day' : 'month',
    location_place: place,
    location_region: `${placeName((index % 997) + 700_000)} Province`,
    location_country: country,
    // Two draws kept, so the fields after them stay as they were before events had real places.
    ...(rng.next(), rng.next(), pointIn(country, index)),
    victims_text: `Residents of ${place}`,
    ...workflowColumns(author, iso(created), 'Imported by the benchmark generator'),
  }
  add('events', event)
  const eventVersion = base.eventVersions + counters.eventVersion++
  add('_events_v', {
    ...asVersion(event, {}),
    id: eventVersion,
    parent_id: eventId,
    latest: true,
    created_at: event.created_at,
    updated_at: event.updated_at,
  })
  const figureCount = rng.int(1, 4)
  for (let f = 0; f < figureCount; f++) {
    const ranged = rng.chance(0.2)
    const value = Math.floor(rng.next() ** 3 * 500) + 1
    const figure: Row = {
      _order: f + 1,
      kind: f < 2 ? 'deaths' : rng.pick(['injured', 'missing', 'detained', 'displaced']),
      qualifier: rng.chance(0.3) ? rng.pick(['at-least', 'about', 'up-to']) : null,
      value: ranged ? null : value,
      min: ranged ? value : null,
      max: ranged ? value + rng.int(1, 50) : null,
      claimed_by: SOURCES[(index + f) % SOURCES.length],
      reference_id: refs[f % refs.length],
      preferred: f === 0,
    }
    const uuid = hexId(`figure:${eventId}:${f}`)
    add('events_figures', { ...figure, _parent_id: eventId, id: uuid })
    add('_events_v_version_figures', { ...figure, _parent_id: eventVersion, _uuid: uuid })
  }
  if (rng.chance(0.6)) {
    const perpetrator: Row = {
      _order: 1,
      party: `${placeName((index % 211) + 800_000)} militia`,
      attribution: rng.pick(['alleged', 'suspected', 'confirmed', 'claimed']),
      reference_id: refs[0],
    }
    const uuid = hexId(`perpetrator:${eventId}`)
    add('events_perpetrators', { ...perpetrator, _parent_id: eventId, id: uuid })
    add('_events_v_version_perpetrators', { ...perpetrator, _parent_id: eventVersion, _uuid: uuid })
  }
  if (rng.chance(0.3)) {
    const text = `${place} ${rng.pick(['killings', 'incident', 'tragedy'])}`
    add('events_texts', { order: 1, parent_id: eventId, path: 'alternativeNames', text })
    add('_events_v_texts', { order: 1, parent_id: eventVersion, path: 'alternativeNames', text })
  }

  // Reactions to the event.
  for (let r = rng.int(0, 3); r > 0; r--) {
    const id = base.reactions + counters.reaction++
    const reaction: Row = {
      id,
      event_id: eventId,
      actor: `${rng.pick(SOURCES)} spokesperson`,
      actor_type: rng.pick(ACTOR_TYPES),
      country: rng.pick(COUNTRIES),
      date: iso(start + rng.int(0, 10) * DAY),
      stance: rng.pick(STANCES),
      statement: sentence(seedOf('reaction', id), rng.int(10, 20)),
      reference_id: refs[rng.int(0, refs.length - 1)],
      ...workflowColumns(author, iso(created), 'Imported by the benchmark generator'),
    }
    add('reactions', reaction)
    add('_reactions_v', {
      ...asVersion(reaction, {}),
      parent_id: id,
      latest: true,
      created_at: reaction.created_at,
      updated_at: reaction.updated_at,
    })
  }

  // The article: 2–8 KB of body with 5–30 citations; some with a long history, some with a
  // draft waiting for review.
  const bytes = rng.int(2000, 8000)
  const plan = bodyPlan(index, rng, bytes, Math.min(rng.int(5, 30), Math.floor(bytes / 300)), refs)
  const { body, cited } = toLexical(plan.blocks, `article:${index}`)
  const summary = sentence(seedOf('summary', index), rng.int(18, 30))
  const article: Row = {
    id: articleId,
    title,
    slug,
    short_description: `${type[0].toUpperCase()}${type.slice(1)} in ${country} (${year})`,
    summary,
    body,
    event_id: eventId,
    // One in 250, so the home page's featured list is a small slice of a large set.
    featured: index % 250 === 3,
    last_edited_by_id: editor,
    reviewed_by_id: editor,
    ...workflowColumns(author, iso(updated), 'Imported by the benchmark generator'),
    created_at: iso(created),
  }
  add('articles', article)
  const seeAlso: number[] = []
  for (let s = rng.int(0, 3); s > 0 && offset > s; s--)
    seeAlso.push(articleId - rng.int(1, Math.min(offset, 50)))
  const further = rng.chance(0.3) ? ownRefs.filter((id) => !cited.includes(id)).slice(0, 1) : []
  const rels = (parent: number, prefix: string, citedIds: number[]) => {
    const rows: Row[] = []
    citedIds.forEach((id, order) =>
      rows.push({
        order: order + 1,
        parent_id: parent,
        path: `${prefix}citedReferences`,
        references_id: id,
      }),
    )
    ;[...new Set(seeAlso)].forEach((id, order) =>
      rows.push({ order: order + 1, parent_id: parent, path: `${prefix}seeAlso`, articles_id: id }),
    )
    further.forEach((id, order) =>
      rows.push({
        order: order + 1,
        parent_id: parent,
        path: `${prefix}furtherReferences`,
        references_id: id,
      }),
    )
    return rows
  }
  for (const row of rels(articleId, '', cited)) add('articles_rels', row)

  const history = rng.chance(0.03) ? rng.int(5, 30) : 1
  const pending = rng.chance(0.03)
  for (let v = 0; v < history + (pending ? 1 : 0); v++) {
    const id = base.articleVersions + counters.articleVersion++
    const isPublished = v === history - 1
    const isDraft = v === history
    let versionBody = body
    let versionCited = cited
    if (!isPublished) {
      // Older revisions had fewer paragraphs; the pending draft has one paragraph more.
      const keep = isDraft
        ? plan.blocks.length
        : Math.max(2, Math.floor(((v + 1) / history) * plan.blocks.length))
      const blocks = plan.blocks.slice(0, keep)
      if (isDraft) blocks.push({ sentences: [sentence(seedOf('draft', index), 15)], cites: [[]] })
      ;({ body: versionBody, cited: versionCited } = toLexical(blocks, `article:${index}`))
    }
    const time = iso(isDraft ? updated + DAY : updated - (history - 1 - v) * rng.int(1, 30) * DAY)
    add('_articles_v', {
      ...asVersion(
        {
          ...article,
          body: versionBody,
          ...(isDraft ? { _status: 'draft', workflow_state: 'in_review' } : {}),
          change_summary:
            v === 0 ? 'First version' : isDraft ? 'Adds a paragraph' : `Revision ${v + 1}`,
          updated_at: time,
        },
        {},
      ),
      id,
      parent_id: articleId,
      latest: isDraft || (isPublished && !pending),
      created_at: time,
      updated_at: time,
    })
    for (const row of rels(id, 'version.', versionCited)) add('_articles_v_rels', row)
  }
  return tables
}
