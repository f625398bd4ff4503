import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search of the reader site (`lib/queries/search.ts`). Written by hand: Payload's
 * schema knows nothing of these columns, functions and indexes, and needs not.
 *
 * - `annals_search`: English stemming with accents folded, so "Qānā" finds "Qana" and the
 *   snippets highlight the original spelling.
 * - `annals_lexical_text(body)`: the plain text of a Lexical document (every "text" node).
 * - `search_vector`: STORED generated columns weighted A (title / name), B (short
 *   description / alternative names), C (summary / place and victims), D (body), kept up to
 *   date by PostgreSQL itself on every insert and update Payload makes.
 * - trigram indexes on titles and names for typo-tolerant matches ("ashraff").
 *
 * The functions use SQL-standard bodies (`RETURN …`), parsed when created, so they do not
 * depend on `search_path` (pg_dump/pg_restore run with an empty one).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
  CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

  CREATE TEXT SEARCH CONFIGURATION public.annals_search (COPY = pg_catalog.english);
  ALTER TEXT SEARCH CONFIGURATION public.annals_search
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.english_stem;

  CREATE FUNCTION public.annals_unaccent(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, value);

  CREATE FUNCTION public.annals_lexical_text(body jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN (
      SELECT string_agg(node #>> '{}', ' ')
      FROM pg_catalog.jsonb_path_query(body, 'strict $.**.text') AS node
      WHERE pg_catalog.jsonb_typeof(node) = 'string'
    );

  ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('public.annals_search'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('public.annals_search'::regconfig, coalesce("short_description", '')), 'B') ||
    setweight(to_tsvector('public.annals_search'::regconfig, coalesce("summary", '')), 'C') ||
    setweight(to_tsvector('public.annals_search'::regconfig, coalesce(public.annals_lexical_text("body"), '')), 'D')
  ) STORED;
  CREATE INDEX "articles_search_vector_idx" ON "articles" USING gin ("search_vector");
  CREATE INDEX "articles_title_trgm_idx" ON "articles"
    USING gin (public.annals_unaccent("title") public.gin_trgm_ops);

  ALTER TABLE "events" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('public.annals_search'::regconfig, coalesce("name", '')), 'A') ||
    setweight(to_tsvector('public.annals_search'::regconfig,
      coalesce("location_place", '') || ' ' || coalesce("location_region", '') || ' ' ||
      coalesce("location_country", '') || ' ' || coalesce("victims_text", '')), 'C')
  ) STORED;
  CREATE INDEX "events_search_vector_idx" ON "events" USING gin ("search_vector");
  CREATE INDEX "events_name_trgm_idx" ON "events"
    USING gin (public.annals_unaccent("name") public.gin_trgm_ops);

  -- Alternative names live in a child table (a hasMany text field), which a generated column
  -- cannot read: they get an expression index of their own, weighted B.
  CREATE INDEX "events_texts_alternative_names_search_idx" ON "events_texts"
    USING gin (setweight(to_tsvector('public.annals_search'::regconfig, coalesce("text", '')), 'B'))
    WHERE "path" = 'alternativeNames';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "events_texts_alternative_names_search_idx";
  DROP INDEX IF EXISTS "events_name_trgm_idx";
  DROP INDEX IF EXISTS "events_search_vector_idx";
  ALTER TABLE "events" DROP COLUMN IF EXISTS "search_vector";
  DROP INDEX IF EXISTS "articles_title_trgm_idx";
  DROP INDEX IF EXISTS "articles_search_vector_idx";
  ALTER TABLE "articles" DROP COLUMN IF EXISTS "search_vector";
  DROP FUNCTION IF EXISTS public.annals_lexical_text(jsonb);
  DROP FUNCTION IF EXISTS public.annals_unaccent(text);
  DROP TEXT SEARCH CONFIGURATION IF EXISTS public.annals_search;
  DROP EXTENSION IF EXISTS unaccent;
  DROP EXTENSION IF EXISTS pg_trgm;`)
}
