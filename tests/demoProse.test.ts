import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { articles } from '@/scripts/seed/content/articles'
import { events } from '@/scripts/seed/content/events'
import { reactions } from '@/scripts/seed/content/reactions'

/** The longest run of consecutive words our prose may share with the reference page. */
const MAX_SHARED_RUN = 9

const referencePage = readFileSync(
  path.resolve(import.meta.dirname, '../scripts/seed/content/referencePage.txt'),
  'utf8',
)

/** Lower-case words, apostrophes and accents folded, punctuation dropped. */
const wordsOf = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean)

/** The stretches of a text outside quotation marks: quoted speech is the source's own words. */
const unquotedParts = (text: string) => text.split(/"[^"]*"|“[^”]*”/)

const runsOf = (words: string[], length: number) =>
  words.length < length
    ? []
    : Array.from({ length: words.length - length + 1 }, (_, index) =>
        words.slice(index, index + length).join(' '),
      )

const pageRuns = new Set(runsOf(wordsOf(referencePage), MAX_SHARED_RUN + 1))

/** Every seeded text a reader sees, labelled by where it comes from. */
const seededTexts = (): { where: string; text: string }[] => [
  ...articles.flatMap((article) => [
    { where: `${article.key}.title`, text: article.title },
    { where: `${article.key}.shortDescription`, text: article.shortDescription },
    { where: `${article.key}.summary`, text: article.summary },
    ...article.body.map((block, index) => ({
      where: `${article.key}.body[${index}]`,
      text:
        'h2' in block
          ? block.h2
          : block.p.map((part) => (typeof part === 'string' ? part : ' ')).join(' '),
    })),
  ]),
  ...events.flatMap((event) => [
    { where: `${event.key}.name`, text: event.name },
    ...(event.alternativeNames ?? []).map((text) => ({ where: `${event.key}.alt`, text })),
    { where: `${event.key}.victims`, text: event.victims?.text ?? '' },
    ...(event.perpetrators ?? []).map((row) => ({ where: `${event.key}.party`, text: row.party })),
    ...(event.figures ?? []).map((row) => ({
      where: `${event.key}.figure`,
      text: `${row.claimedBy} ${row.note ?? ''}`,
    })),
  ]),
  ...reactions.map((reaction) => ({
    where: `reaction ${reaction.actor}`,
    text: `${reaction.actor}. ${reaction.statement}`,
  })),
]

/** The runs of 10 or more words a text shares with the page, outside quotation marks. */
const sharedRuns = (text: string) =>
  unquotedParts(text).flatMap((part) =>
    runsOf(wordsOf(part), MAX_SHARED_RUN + 1).filter((run) => pageRuns.has(run)),
  )

describe('the demo content’s prose', () => {
  it('should find a copied run of ten words when there is one', () => {
    expect(
      sharedRuns('It was written that Camp Liberty is a former installation of the United States'),
    ).toEqual(['camp liberty is a former installation of the united states'])
  })

  it('should ignore words inside quotation marks', () => {
    expect(
      sharedRuns(
        'The UN said victims had been "summarily executed in two separate incidents", per the report.',
      ),
    ).toEqual([])
  })

  it('should share no run of ten or more words with the reference page outside quotations', () => {
    const copied = seededTexts().flatMap(({ where, text }) =>
      sharedRuns(text).map((run) => `${where}: ${run}`),
    )
    expect(copied).toEqual([])
  })
})
