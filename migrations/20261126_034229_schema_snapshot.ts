import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing: three migrations written side by side (`sources`, `bounded_lists`,
 * `reference_label`) each recorded a schema snapshot without the others' tables and columns.
 * This one carries the snapshot of the schema they make together (the `.json` beside it), so
 * the next `payload migrate:create` compares against the real schema instead of re-adding
 * what they already created.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
