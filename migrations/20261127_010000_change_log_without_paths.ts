import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The change log (`lib/freshness/revalidationBus.ts`) keeps only the cache tags of each
 * change: every page the edge caches is dropped by its tags, so the URLs a row could name to
 * purge on their own were never set any more. A plain table, outside Payload's collections.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "annals_changes" DROP COLUMN "paths";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "annals_changes" ADD COLUMN "paths" text[] NOT NULL DEFAULT '{}';`)
}
