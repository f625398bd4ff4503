import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "ever_published" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_ever_published" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "ever_published" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_ever_published" boolean DEFAULT false;
  ALTER TABLE "references" ADD COLUMN "ever_published" boolean DEFAULT false;
  ALTER TABLE "_references_v" ADD COLUMN "version_ever_published" boolean DEFAULT false;
  ALTER TABLE "reactions" ADD COLUMN "ever_published" boolean DEFAULT false;
  ALTER TABLE "_reactions_v" ADD COLUMN "version_ever_published" boolean DEFAULT false;`)
  // Backfill from the history: a document was ever published when any of its revisions was;
  // a revision records whether the document had been published by then.
  for (const table of ['articles', 'events', 'references', 'reactions']) {
    const main = sql.raw(`"${table}"`)
    const versions = sql.raw(`"_${table}_v"`)
    await db.execute(sql`
      UPDATE ${main} AS doc SET "ever_published" = doc."_status" = 'published' OR EXISTS (
        SELECT 1 FROM ${versions} AS v
        WHERE v."parent_id" = doc."id" AND v."version__status" = 'published'
      );
      UPDATE ${versions} AS v SET "version_ever_published" = EXISTS (
        SELECT 1 FROM ${versions} AS earlier
        WHERE earlier."parent_id" = v."parent_id" AND earlier."id" <= v."id"
          AND earlier."version__status" = 'published'
      );`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "ever_published";
  ALTER TABLE "_articles_v" DROP COLUMN "version_ever_published";
  ALTER TABLE "events" DROP COLUMN "ever_published";
  ALTER TABLE "_events_v" DROP COLUMN "version_ever_published";
  ALTER TABLE "references" DROP COLUMN "ever_published";
  ALTER TABLE "_references_v" DROP COLUMN "version_ever_published";
  ALTER TABLE "reactions" DROP COLUMN "ever_published";
  ALTER TABLE "_reactions_v" DROP COLUMN "version_ever_published";`)
}
