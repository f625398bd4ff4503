import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { cachedSearch, clearSearchCache, MAX_CACHED_SEARCHES } from '@/lib/freshness'

// The cache works only inside a Next.js server, where changes are announced to it.
const runtime = process.env.NEXT_RUNTIME
beforeAll(() => {
  process.env.NEXT_RUNTIME = 'nodejs'
})
afterAll(() => {
  if (runtime === undefined) delete process.env.NEXT_RUNTIME
  else process.env.NEXT_RUNTIME = runtime
})
beforeEach(() => clearSearchCache())

const counter = () => {
  let calls = 0
  return {
    compute: async () => ++calls,
    get calls() {
      return calls
    },
  }
}

describe('the search result cache', () => {
  it('should answer a repeated query without running it again, until a change is announced', async () => {
    const query = counter()
    expect(await cachedSearch('1:forces', query.compute)).toBe(1)
    expect(await cachedSearch('1:forces', query.compute)).toBe(1)
    expect(query.calls).toBe(1)
    clearSearchCache()
    expect(await cachedSearch('1:forces', query.compute)).toBe(2)
  })

  it('should run simultaneous identical queries once', async () => {
    const query = counter()
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => cachedSearch('1:ashraf', query.compute)),
    )
    expect(answers).toEqual(Array(20).fill(1))
    expect(query.calls).toBe(1)
  })

  it('should not keep a result computed while a change was announced', async () => {
    let release!: () => void
    const slow = () =>
      new Promise<string>((resolve) => {
        release = () => resolve('before the change')
      })
    const pending = cachedSearch('1:raid', slow)
    clearSearchCache()
    release()
    expect(await pending).toBe('before the change')
    expect(await cachedSearch('1:raid', async () => 'after the change')).toBe('after the change')
  })

  it('should not keep a failed query', async () => {
    await expect(
      cachedSearch('1:fails', async () => {
        throw new Error('database unavailable')
      }),
    ).rejects.toThrow('database unavailable')
    expect(await cachedSearch('1:fails', async () => 'answered')).toBe('answered')
  })

  it(`should keep at most ${MAX_CACHED_SEARCHES} queries, forgetting the least recently used`, async () => {
    await cachedSearch('1:kept', async () => 'kept')
    for (let index = 0; index < MAX_CACHED_SEARCHES; index++) {
      await cachedSearch(`1:query ${index}`, async () => index)
      // Used again, so the first query is never the least recently used.
      if (index % 100 === 0) await cachedSearch('1:kept', async () => 'recomputed')
    }
    // One query too many: the oldest unused one, "query 0", made room.
    expect(await cachedSearch('1:kept', async () => 'recomputed')).toBe('kept')
    expect(await cachedSearch('1:query 1', async () => 'recomputed')).toBe(1)
    expect(await cachedSearch('1:query 0', async () => 'recomputed')).toBe('recomputed')
  })
})
