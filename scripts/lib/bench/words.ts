import { random, seedOf, zipf } from './random'

/**
 * The benchmark's vocabulary, most frequent first: English function words with a few words
 * of the subject among them, then the subject's vocabulary, then made-up words for the long
 * tail. Drawn by Zipf's law, a body reads with the frequency profile of real prose: a few
 * words in nearly every article, most words in a handful.
 */
const HEAD = `the of and forces to in a was killed that by were on for with as government at from
  after which their had security it an were civilians this attack have be or police also been
  officials but village not they said reported more than its people who two later other into
  when military there all were one`.split(/\s+/)

const SUBJECT = `wounded according united nations ministry human rights group local residents troops
  camp refugees border bombing explosion gunmen soldiers victims witnesses inquiry investigation
  authorities province district capital ceasefire militia rebels army commander convoy market
  mosque church school hospital checkpoint raid hostages executed detained missing displaced
  statement condemned spokesman ambassador embassy council resolution sanctions tribunal court
  trial verdict sentenced prisoners detention massacre airstrike shelling mortar rocket grenade
  ambush siege curfew protest demonstrators crowd funeral survivors families relatives bodies
  graves forensic evidence journalists reporters footage photographs accounts testimony
  observers monitors mission envoy negotiations talks agreement truce offensive operation
  garrison barracks headquarters outpost patrol helicopter aircraft vehicle truck bus highway
  bridge road river valley mountain coast harbour island desert town suburb neighbourhood
  quarter compound settlement region territory frontier`.split(/\s+/)

const SYLLABLES = `ka ro mi ve na lu sa to re di po ga le ni ba mo ku ta si fe ra zo
  hu ne pi da vo li ma te jo bu ze ri wa no sha tri`.split(/\s+/)

const VOCABULARY_SIZE = 40_000

/** A pronounceable made-up word, one per number (a bijection over 0…SYLLABLES.length⁴). */
export const syllableWord = (n: number, minSyllables = 2): string => {
  const parts: string[] = []
  let rest = n
  do {
    parts.push(SYLLABLES[rest % SYLLABLES.length])
    rest = Math.floor(rest / SYLLABLES.length)
  } while (rest > 0 || parts.length < minSyllables)
  return parts.join('')
}

const tail = (count: number): string[] => {
  const seen = new Set([...HEAD, ...SUBJECT])
  const words: string[] = []
  for (let n = 0; words.length < count; n++) {
    // Scrambled so neighbouring ranks do not share their first syllables.
    const word = syllableWord((n * 7919 + 101) % 2_560_000, 3)
    if (!seen.has(word)) {
      seen.add(word)
      words.push(word)
    }
  }
  return words
}

export const VOCABULARY: readonly string[] = [
  ...HEAD,
  ...SUBJECT,
  ...tail(VOCABULARY_SIZE - HEAD.length - SUBJECT.length),
]

const drawRank = zipf(VOCABULARY.length, 1)

export const drawWord = (next: () => number): string => VOCABULARY[drawRank(next)]

/**
 * Words the benchmark searches for, by how many articles hold them: a word of the head
 * (nearly all), one of rank ~1,500 (a few per cent) and one of rank ~30,000 (a few per
 * thousand). The rare title word and its typo come from one article's place name.
 */
export const SEARCH_WORDS = {
  common: 'forces',
  mid: VOCABULARY[1500],
  rare: VOCABULARY[30_000],
}

/**
 * Forty words of each of those kinds, so that a benchmark searching each once measures the
 * query itself: a repeated query is answered from the search cache (`lib/freshness/searchCache.ts`).
 * The common ones are the head's and the subject's words found in most articles.
 */
export const SEARCH_WORD_SETS = {
  common: [
    ...`forces killed government security civilians attack village police officials reported
      people military`.split(/\s+/),
    ...SUBJECT.slice(0, 28),
  ],
  mid: VOCABULARY.slice(1500, 1540),
  rare: VOCABULARY.slice(30_000, 30_040),
}

/** Words from rank `from` on, one per query: many different searches of common words. */
export const wordsFromRank = (from: number, count: number) => VOCABULARY.slice(from, from + count)

/** A made-up place name, unique per index (below a million). */
export const placeName = (index: number): string => {
  const word = syllableWord((index * 7919 + 12_345) % 1_000_003, 3)
  return word[0].toUpperCase() + word.slice(1)
}

/** The word with its middle letter typed twice: what a reader mistypes. */
export const typoOf = (word: string): string => {
  const middle = Math.floor(word.length / 2)
  return word.slice(0, middle + 1) + word.slice(middle)
}

export const sentence = (seed: number, words: number): string => {
  const rng = random(seed)
  const parts = Array.from({ length: words }, () => drawWord(rng.next))
  parts[0] = parts[0][0].toUpperCase() + parts[0].slice(1)
  return `${parts.join(' ')}.`
}

export const sentenceSeed = (index: number, part: number) => seedOf(`sentence:${part}`, index)
