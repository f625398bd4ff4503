import pg from 'pg'

/**
 * Counts the SQL statements sent to PostgreSQL while `work` runs. Every statement Payload's
 * adapter sends goes through `pg.Client#query`, pooled or not.
 */
export async function countStatements<T>(work: () => Promise<T>) {
  const original = pg.Client.prototype.query
  let count = 0
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count += 1
    return (original as (...params: unknown[]) => unknown).apply(this, args)
  } as typeof original
  try {
    const result = await work()
    return { result, count }
  } finally {
    pg.Client.prototype.query = original
  }
}
