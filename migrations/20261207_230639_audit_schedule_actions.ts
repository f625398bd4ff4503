import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'schedule';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'cancel_schedule';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The old type cannot hold the new actions: their entries go with them.
  await db.execute(sql`
   DELETE FROM "audit_log" WHERE "action" IN ('schedule', 'cancel_schedule');
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'request_changes', 'publish', 'unpublish', 'delete', 'restore', 'role_change');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";`)
}
