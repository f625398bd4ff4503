import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Failed-login counters of the lockout (`collections/Users/loginThrottle.ts`), shared by every
 * `next start` instance on the database and kept across restarts. Written by hand: it is a
 * plain table, not a Payload collection — no API, admin view or versions should reach it, and
 * it is updated by one atomic `INSERT … ON CONFLICT … DO UPDATE` that the Local API cannot
 * express — so Payload's schema knows nothing of it.
 *
 * One row per account and client address (`client` = '' is the account's total from every
 * client); `since` is the first failure of the current window, which ends LOCK_MS later.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "login_failures" (
    "account" varchar NOT NULL,
    "client" varchar NOT NULL,
    "failures" integer NOT NULL CHECK ("failures" >= 0),
    "since" timestamp(3) with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY ("account", "client")
  );
  -- Expired windows are deleted by age.
  CREATE INDEX "login_failures_since_idx" ON "login_failures" ("since");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "login_failures";`)
}
