/**
 * Deterministic randomness for the benchmark data: the same index always gives the same
 * document, so a load can be resumed or topped up and two runs compare like with like.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(values: readonly T[]) => T
  chance: (probability: number) => boolean
}

/** mulberry32: tiny, fast and good enough to make text, not keys. */
export const random = (seed: number): Random => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (values) => values[Math.floor(next() * values.length)],
    chance: (probability) => next() < probability,
  }
}

/** A seed per (purpose, index), so adding a field to one generator leaves the others alone. */
export const seedOf = (purpose: string, index: number): number => {
  let hash = 2166136261 ^ index
  for (let i = 0; i < purpose.length; i++) hash = Math.imul(hash ^ purpose.charCodeAt(i), 16777619)
  return Math.imul(hash ^ (hash >>> 13), 0x5bd1e995) >>> 0
}

/**
 * Draws ranks 0…size-1 with probability ∝ 1/(rank+1)^exponent (Zipf's law, as word
 * frequencies in natural text), by binary search over the cumulative weights.
 */
export const zipf = (size: number, exponent = 1) => {
  const cumulative = new Float64Array(size)
  let total = 0
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + 1, exponent)
    cumulative[rank] = total
  }
  return (next: () => number): number => {
    const target = next() * total
    let low = 0
    let high = size - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (cumulative[middle] < target) low = middle + 1
      else high = middle
    }
    return low
  }
}

/** A 24-hex id in the shape Payload gives array rows, derived from a key. */
export const hexId = (key: string): string => {
  const a = seedOf(key, 1).toString(16).padStart(8, '0')
  const b = seedOf(key, 2).toString(16).padStart(8, '0')
  const c = seedOf(key, 3).toString(16).padStart(8, '0')
  return a + b + c
}
