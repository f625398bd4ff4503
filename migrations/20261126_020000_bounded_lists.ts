import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Bounded reader pages at 100,000 articles: the `featured` checkbox of the home page, and
 * indexes for every list a reader page reads a slice of — the home page's recent, featured
 * and recently updated lists, the /articles index, the feed, the sitemap's id ranges, the
 * /events timeline and its filters, and the candidate sets of search (`lib/queries/search.ts`)
 * — so each is an index range scan of the rows shown, not a sort of the whole table.
 * Partial on `_status = 'published'`: readers never read anything else from the main tables.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "featured" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_featured" boolean DEFAULT false;

  CREATE INDEX "articles_published_updated_idx" ON "articles" ("updated_at" DESC, "id" DESC)
    WHERE "_status" = 'published';
  CREATE INDEX "articles_published_created_idx" ON "articles" ("created_at" DESC, "id" DESC)
    WHERE "_status" = 'published';
  CREATE INDEX "articles_published_title_idx" ON "articles" ("title", "id")
    WHERE "_status" = 'published';
  CREATE INDEX "articles_featured_idx" ON "articles" ("updated_at" DESC, "id" DESC)
    WHERE "featured" AND "_status" = 'published';
  -- Title words alone: search finds title matches among 100,000 bodies without ranking them all.
  CREATE INDEX "articles_title_search_idx" ON "articles"
    USING gin (to_tsvector('public.annals_search'::regconfig, coalesce("title", '')));

  CREATE INDEX "events_published_start_idx" ON "events" ("start_date", "id")
    WHERE "_status" = 'published';
  CREATE INDEX "events_published_type_start_idx" ON "events" ("type", "start_date", "id")
    WHERE "_status" = 'published';
  CREATE INDEX "events_published_country_start_idx" ON "events" ("location_country", "start_date", "id")
    WHERE "_status" = 'published';
  CREATE INDEX "events_published_updated_idx" ON "events" ("updated_at" DESC, "id" DESC)
    WHERE "_status" = 'published';
  -- The place filter matches any part of a place, region or country name (ILIKE '%…%').
  CREATE INDEX "events_location_place_trgm_idx" ON "events" USING gin ("location_place" public.gin_trgm_ops);
  CREATE INDEX "events_location_region_trgm_idx" ON "events" USING gin ("location_region" public.gin_trgm_ops);
  CREATE INDEX "events_location_country_trgm_idx" ON "events" USING gin ("location_country" public.gin_trgm_ops);
  CREATE INDEX "events_name_search_idx" ON "events"
    USING gin (to_tsvector('public.annals_search'::regconfig, coalesce("name", '')));
  -- Payload's own index on this table leads with "order": an event's other names were a scan.
  CREATE INDEX "events_texts_parent_path_idx" ON "events_texts" ("parent_id", "path", "order");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "events_texts_parent_path_idx";
  DROP INDEX IF EXISTS "events_name_search_idx";
  DROP INDEX IF EXISTS "events_location_country_trgm_idx";
  DROP INDEX IF EXISTS "events_location_region_trgm_idx";
  DROP INDEX IF EXISTS "events_location_place_trgm_idx";
  DROP INDEX IF EXISTS "events_published_updated_idx";
  DROP INDEX IF EXISTS "events_published_country_start_idx";
  DROP INDEX IF EXISTS "events_published_type_start_idx";
  DROP INDEX IF EXISTS "events_published_start_idx";
  DROP INDEX IF EXISTS "articles_title_search_idx";
  DROP INDEX IF EXISTS "articles_featured_idx";
  DROP INDEX IF EXISTS "articles_published_title_idx";
  DROP INDEX IF EXISTS "articles_published_created_idx";
  DROP INDEX IF EXISTS "articles_published_updated_idx";
  ALTER TABLE "_articles_v" DROP COLUMN IF EXISTS "version_featured";
  ALTER TABLE "articles" DROP COLUMN IF EXISTS "featured";`)
}
