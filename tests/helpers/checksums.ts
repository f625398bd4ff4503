import type { Payload } from 'payload'

type Pool = { query: (sql: string) => Promise<{ rows: Record<string, string>[] }> }

/** An md5 of every row of every table in the public schema, by table name. */
export async function tableChecksums(payload: Payload): Promise<Map<string, string>> {
  const { pool } = payload.db as unknown as { pool: Pool }
  const { rows } = await pool.query(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )
  const sums = new Map<string, string>()
  for (const { table_name: table } of rows) {
    const quoted = `"${table.replace(/"/g, '""')}"`
    const { rows: sum } = await pool.query(
      `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as sum from ${quoted} t`,
    )
    sums.set(table, sum[0].sum)
  }
  return sums
}
