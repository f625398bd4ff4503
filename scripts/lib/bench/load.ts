import type { Client } from 'pg'

import { generateCluster, type IdBase, type Tables } from './generate'

/**
 * Bulk-loads benchmark clusters (scripts/lib/bench/generate.ts) into a database Payload's
 * migrations made: batches of rows go in as one `INSERT … SELECT FROM unnest(…)` per table
 * (one array parameter per column, so no parameter limit and one round trip), in
 * transactions that also record how far the load got — so `--articles N` tops a smaller
 * load up to N, and an interrupted load resumes.
 */

const PROGRESS_KEY = 'annals-bench-data'
const BATCH = 500

/** Tables in foreign-key order. */
const TABLE_ORDER = [
  'references',
  'references_authors',
  '_references_v',
  'events',
  'events_figures',
  'events_perpetrators',
  'events_texts',
  '_events_v',
  '_events_v_version_figures',
  '_events_v_version_perpetrators',
  '_events_v_texts',
  'reactions',
  '_reactions_v',
  'articles',
  'articles_rels',
  '_articles_v',
  '_articles_v_rels',
]

/** Tables whose ids the generator assigns (the others take their serial's next value). */
const ASSIGNED_IDS = {
  articles: 'articles',
  events: 'events',
  references: 'references',
  reactions: 'reactions',
  articleVersions: '_articles_v',
  eventVersions: '_events_v',
} as const satisfies Record<keyof IdBase, string>

type ColumnTypes = Map<string, Map<string, string>>

const columnTypes = async (client: Client): Promise<ColumnTypes> => {
  const { rows } = await client.query<{ table_name: string; column_name: string; type: string }>(
    `SELECT c.table_name, c.column_name,
            CASE WHEN c.data_type = 'USER-DEFINED' THEN format('%I', c.udt_name)
                 ELSE format_type(a.atttypid, NULL) END AS type
     FROM information_schema.columns c
     JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass
       AND a.attname = c.column_name
     WHERE c.table_schema = 'public' AND c.table_name = ANY($1) AND c.is_generated = 'NEVER'`,
    [TABLE_ORDER],
  )
  const types: ColumnTypes = new Map()
  for (const row of rows) {
    if (!types.has(row.table_name)) types.set(row.table_name, new Map())
    types.get(row.table_name)!.set(row.column_name, row.type)
  }
  return types
}

const toParameter = (value: unknown) =>
  value === null || value === undefined
    ? null
    : typeof value === 'object'
      ? JSON.stringify(value)
      : value

/** One INSERT per table; columns the schema lacks are left out (the schema may have moved on). */
const insertTables = async (client: Client, types: ColumnTypes, tables: Tables) => {
  for (const table of TABLE_ORDER) {
    const rows = tables[table]
    if (!rows?.length) continue
    const known = types.get(table)
    if (!known) throw new Error(`Table "${table}" is missing: are the migrations applied?`)
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter(
      (column) => known.has(column) && rows.some((row) => row[column] !== undefined),
    )
    const arrays = columns.map((column) => rows.map((row) => toParameter(row[column])))
    const quoted = columns.map((column) => `"${column}"`).join(', ')
    const unnest = columns.map((column, i) => `$${i + 1}::${known.get(column)}[]`).join(', ')
    await client.query(`INSERT INTO "${table}" (${quoted}) SELECT * FROM unnest(${unnest})`, arrays)
  }
}

const maxId = async (client: Client, table: string) =>
  Number((await client.query(`SELECT coalesce(max(id), 0) AS max FROM "${table}"`)).rows[0].max)

/** Serials continue after the assigned ids. */
const setSequences = async (client: Client) => {
  for (const table of TABLE_ORDER) {
    const { rows } = await client.query<{ sequence: null | string }>(
      `SELECT pg_get_serial_sequence($1, 'id') AS sequence`,
      [`"${table}"`],
    )
    if (!rows[0].sequence) continue
    await client.query(
      `SELECT setval($1::regclass, greatest(1, (SELECT coalesce(max(id), 0) FROM "${table}")))`,
      [rows[0].sequence],
    )
  }
}

/** Big loads build these tables' secondary indexes once at the end instead of row by row. */
const REINDEXED_TABLES = [
  'articles',
  '_articles_v',
  'articles_rels',
  '_articles_v_rels',
  'events',
  '_events_v',
]
const REINDEX_FROM = 5000

type Progress = { articles: number; indexes?: string[] }

const secondaryIndexes = async (client: Client): Promise<{ name: string; definition: string }[]> =>
  (
    await client.query<{ name: string; definition: string }>(
      `SELECT i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [REINDEXED_TABLES],
    )
  ).rows

const saveProgress = (client: Client, progress: Progress) =>
  client.query(
    `INSERT INTO payload_kv (key, data) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET data = excluded.data`,
    [PROGRESS_KEY, JSON.stringify(progress)],
  )

/** Recreates indexes a load dropped (also those of a load that was interrupted). */
const restoreIndexes = async (client: Client, definitions: string[], log: (m: string) => void) => {
  if (!definitions.length) return
  log(`  building ${definitions.length} indexes…`)
  await client.query(`SET maintenance_work_mem = '256MB'`)
  for (const definition of definitions)
    await client.query(
      definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '),
    )
}

export type LoadResult = { from: number; to: number; seconds: number; rows: number }

/**
 * Loads clusters until the database holds `articles` of them. Assumes nobody else writes
 * these tables meanwhile (the ids are taken from their current maxima).
 */
export async function loadBenchData(
  client: Client,
  { articles, log = () => {} }: { articles: number; log?: (message: string) => void },
): Promise<LoadResult> {
  const started = performance.now()
  await client.query(`SET synchronous_commit = off`)
  await client.query(`SET gin_pending_list_limit = '32MB'`)
  const types = await columnTypes(client)
  const stored = await client.query<{ data: Progress }>(
    `SELECT data FROM payload_kv WHERE key = $1`,
    [PROGRESS_KEY],
  )
  const from = stored.rows[0]?.data.articles ?? 0
  let dropped = stored.rows[0]?.data.indexes ?? []
  if (from >= articles) {
    await restoreIndexes(client, dropped, log)
    await saveProgress(client, { articles: from })
    return { from, to: from, seconds: 0, rows: 0 }
  }
  if (articles - from >= REINDEX_FROM && !dropped.length) {
    const indexes = await secondaryIndexes(client)
    dropped = indexes.map((index) => index.definition)
    // Recorded first, so an interrupted load still gets them back on its next run.
    await saveProgress(client, { articles: from, indexes: dropped })
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`)
  }

  const base = {} as IdBase
  for (const [key, table] of Object.entries(ASSIGNED_IDS))
    base[key as keyof IdBase] = (await maxId(client, table)) + 1
  const users = (await client.query<{ id: number }>(`SELECT id FROM users ORDER BY id`)).rows.map(
    (row) => row.id,
  )
  const counters = { reaction: 0, articleVersion: 0, eventVersion: 0 }
  let rows = 0

  const generateBatch = (start: number, end: number) => {
    const tables: Tables = {}
    for (let index = start; index < end; index++) {
      const cluster = generateCluster(index, index - from, base, counters, users)
      for (const [table, tableRows] of Object.entries(cluster)) {
        ;(tables[table] ??= []).push(...tableRows)
        rows += tableRows.length
      }
    }
    return tables
  }

  const writeBatch = async (tables: Tables, end: number) => {
    await client.query('BEGIN')
    try {
      await insertTables(client, types, tables)
      await saveProgress(client, { articles: end, indexes: dropped })
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    }
  }

  // The next batch is generated while the database writes the previous one.
  let writing: Promise<void> = Promise.resolve()
  let lastLog = performance.now()
  for (let start = from; start < articles; start += BATCH) {
    const end = Math.min(articles, start + BATCH)
    const tables = generateBatch(start, end)
    await writing
    writing = writeBatch(tables, end)
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now()
      const seconds = (lastLog - started) / 1000
      log(`  ${start - from} of ${articles - from} articles in ${seconds.toFixed(0)} s…`)
    }
  }
  await writing

  await setSequences(client)
  await restoreIndexes(client, dropped, log)
  await saveProgress(client, { articles })
  log('  vacuum and analyze…')
  await client.query(`VACUUM (ANALYZE) ${TABLE_ORDER.map((table) => `"${table}"`).join(', ')}`)
  return { from, to: articles, seconds: (performance.now() - started) / 1000, rows }
}
