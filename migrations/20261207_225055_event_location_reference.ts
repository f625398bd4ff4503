import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" ADD COLUMN "location_reference_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_location_reference_id" integer;
  ALTER TABLE "events" ADD CONSTRAINT "events_location_reference_id_references_id_fk" FOREIGN KEY ("location_reference_id") REFERENCES "public"."references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_location_reference_id_references_id_fk" FOREIGN KEY ("version_location_reference_id") REFERENCES "public"."references"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "events_location_location_reference_idx" ON "events" USING btree ("location_reference_id");
  CREATE INDEX "_events_v_version_location_version_location_reference_idx" ON "_events_v" USING btree ("version_location_reference_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" DROP CONSTRAINT "events_location_reference_id_references_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_location_reference_id_references_id_fk";
  
  DROP INDEX "events_location_location_reference_idx";
  DROP INDEX "_events_v_version_location_version_location_reference_idx";
  ALTER TABLE "events" DROP COLUMN "location_reference_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_location_reference_id";`)
}
