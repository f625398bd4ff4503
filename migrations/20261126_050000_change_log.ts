import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The change log of the reader site's caches (`lib/freshness/revalidationBus.ts`): one row per publish,
 * unpublish or delete, numbered in commit order, with the cache tags it touched (and any URL
 * to purge on its own). Instances hear of each row through NOTIFY and read it here, so one
 * that was stopped or disconnected replays the rows it missed instead of revalidating the
 * whole site. Kept short: the newest rows only. A plain table, outside Payload's collections.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "annals_changes" (
    "seq" bigserial PRIMARY KEY,
    "tags" text[] NOT NULL,
    "paths" text[] NOT NULL DEFAULT '{}',
    "created_at" timestamp(3) with time zone NOT NULL DEFAULT now()
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "annals_changes";`)
}
