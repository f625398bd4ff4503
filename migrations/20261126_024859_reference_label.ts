import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "references" ADD COLUMN "label" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_label" varchar;
  CREATE INDEX "references_label_idx" ON "references" USING btree ("label");
  CREATE INDEX "_references_v_version_version_label_idx" ON "_references_v" USING btree ("version_label");`)
  // Existing references get the label their next save would give them: "Title — Work, 1 May 2013".
  await db.execute(sql`
  UPDATE "references" SET "label" = concat_ws(' — ', nullif(trim("title"), ''),
    nullif(concat_ws(', ', nullif(trim("work"), ''), to_char("date" AT TIME ZONE 'UTC', 'FMDD FMMonth YYYY')), ''));
  UPDATE "_references_v" SET "version_label" = concat_ws(' — ', nullif(trim("version_title"), ''),
    nullif(concat_ws(', ', nullif(trim("version_work"), ''), to_char("version_date" AT TIME ZONE 'UTC', 'FMDD FMMonth YYYY')), ''));`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "references_label_idx";
  DROP INDEX "_references_v_version_version_label_idx";
  ALTER TABLE "references" DROP COLUMN "label";
  ALTER TABLE "_references_v" DROP COLUMN "version_label";`)
}
