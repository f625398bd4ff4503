import type { Payload } from 'payload'

type Query = (sql: string) => Promise<{ rows: Record<string, string>[] }>

/** An md5 of every row of every table in the public schema, by table name. */
export async function checksumTables(query: Query): Promise<Map<string, string>> {
  const { rows } = await query(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )
  const sums = new Map<string, string>()
  for (const { table_name: table } of rows) {
    const quoted = `"${table.replace(/"/g, '""')}"`
    const { rows: sum } = await query(
      `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as sum from ${quoted} t`,
    )
    sums.set(table, sum[0].sum)
  }
  return sums
}

/** The checksums of the database Payload is connected to. */
export async function tableChecksums(payload: Payload): Promise<Map<string, string>> {
  const { pool } = payload.db as unknown as { pool: { query: Query } }
  return checksumTables((sql) => pool.query(sql))
}
