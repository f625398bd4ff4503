import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The lockout's counters (`collections/Users/loginThrottle.ts`) count password resets too:
 * `kind` says which attempts a row counts ('login' failures, or 'reset' requests), so a
 * reset's counters can never be mistaken for a login's. Rows with `account` = '' count an
 * address's attempts on every account. Written by hand, like the table itself.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "login_failures"
    ADD COLUMN "kind" varchar NOT NULL DEFAULT 'login' CHECK ("kind" IN ('login', 'reset'));
  ALTER TABLE "login_failures" DROP CONSTRAINT "login_failures_pkey";
  ALTER TABLE "login_failures" ADD PRIMARY KEY ("kind", "account", "client");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "login_failures" WHERE "kind" <> 'login';
  ALTER TABLE "login_failures" DROP CONSTRAINT "login_failures_pkey";
  ALTER TABLE "login_failures" DROP COLUMN "kind";
  ALTER TABLE "login_failures" ADD PRIMARY KEY ("account", "client");`)
}
