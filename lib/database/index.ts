/**
 * The database as the app sees it beyond Payload: whether the pool can reach it (a watch that
 * keeps one process-wide flag), what a database error means for the answer to give, and the
 * request's own transaction for the few statements written in SQL.
 *
 * The proxy imports `./status` alone: it needs only the flag, and its bundle must not carry
 * `pg`.
 */
export { reportDatabaseError, startDatabaseWatch, stopDatabaseWatch } from './health'
export {
  databaseStatus,
  isDatabaseDown,
  markDatabaseDown,
  markDatabaseUp,
  type DatabaseStatus,
} from './status'
export { databaseRefusal, databaseUnavailableReason, isDatabaseError } from './errors'
export { requestTransaction, type Executor } from './transaction'
