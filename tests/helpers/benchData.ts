import pg from 'pg'

import { loadBenchData } from '../../scripts/lib/bench/load'

/** Tables the benchmark loader writes, children before parents (for the clean-up). */
const CLEANUP: [table: string, column: string, owner: string][] = [
  ['_articles_v', 'parent_id', 'articles'],
  ['articles', 'id', 'articles'],
  ['_reactions_v', 'parent_id', 'reactions'],
  ['reactions', 'id', 'reactions'],
  ['_events_v', 'parent_id', 'events'],
  ['events', 'id', 'events'],
  ['_references_v', 'parent_id', 'references'],
  ['references', 'id', 'references'],
]

/**
 * Loads `articles` benchmark clusters into the test database and returns what removes them
 * again (every row with an id above the maxima found before the load).
 */
export async function loadTestBenchData(articles: number) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  const maxima: Record<string, number> = {}
  for (const table of ['articles', 'events', 'references', 'reactions']) {
    const { rows } = await client.query(`SELECT coalesce(max(id), 0) AS max FROM "${table}"`)
    maxima[table] = Number(rows[0].max)
  }
  const result = await loadBenchData(client, { articles })
  const cleanup = async () => {
    // The events point at articles (victims) and at each other (part of): unlink first.
    await client.query(`UPDATE events SET part_of_id = NULL WHERE id > $1`, [maxima.events])
    for (const [table, column, owner] of CLEANUP)
      await client.query(`DELETE FROM "${table}" WHERE "${column}" > $1`, [maxima[owner]])
    await client.query(`DELETE FROM payload_kv WHERE key = 'annals-bench-data'`)
    await client.end()
  }
  return { ...result, maxima, cleanup }
}
