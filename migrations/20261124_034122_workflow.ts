import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum_events_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum__events_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum_references_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum__references_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum_reactions_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum__reactions_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'request_changes', 'publish', 'unpublish', 'delete', 'restore', 'role_change');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"target_collection" varchar NOT NULL,
  	"target_id" varchar NOT NULL,
  	"target_title" varchar,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "workflow_state" "enum_articles_workflow_state" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "change_summary" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "articles" ADD COLUMN "author_name" varchar;
  ALTER TABLE "articles" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "saved_by_name" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_change_summary" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_author_name" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_reviewed_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_saved_by_name" varchar;
  ALTER TABLE "events" ADD COLUMN "workflow_state" "enum_events_workflow_state" DEFAULT 'draft';
  ALTER TABLE "events" ADD COLUMN "change_summary" varchar;
  ALTER TABLE "events" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "events" ADD COLUMN "author_name" varchar;
  ALTER TABLE "events" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "saved_by_name" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_state" "enum__events_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_events_v" ADD COLUMN "version_change_summary" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_author_name" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_reviewed_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_saved_by_name" varchar;
  ALTER TABLE "references" ADD COLUMN "workflow_state" "enum_references_workflow_state" DEFAULT 'draft';
  ALTER TABLE "references" ADD COLUMN "change_summary" varchar;
  ALTER TABLE "references" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "references" ADD COLUMN "author_name" varchar;
  ALTER TABLE "references" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "references" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "references" ADD COLUMN "saved_by_name" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_workflow_state" "enum__references_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_references_v" ADD COLUMN "version_change_summary" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_author_name" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_references_v" ADD COLUMN "version_reviewed_by_id" integer;
  ALTER TABLE "_references_v" ADD COLUMN "version_saved_by_name" varchar;
  ALTER TABLE "reactions" ADD COLUMN "workflow_state" "enum_reactions_workflow_state" DEFAULT 'draft';
  ALTER TABLE "reactions" ADD COLUMN "change_summary" varchar;
  ALTER TABLE "reactions" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "reactions" ADD COLUMN "author_name" varchar;
  ALTER TABLE "reactions" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "reactions" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "reactions" ADD COLUMN "saved_by_name" varchar;
  ALTER TABLE "_reactions_v" ADD COLUMN "version_workflow_state" "enum__reactions_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_reactions_v" ADD COLUMN "version_change_summary" varchar;
  ALTER TABLE "_reactions_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_reactions_v" ADD COLUMN "version_author_name" varchar;
  ALTER TABLE "_reactions_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_reactions_v" ADD COLUMN "version_reviewed_by_id" integer;
  ALTER TABLE "_reactions_v" ADD COLUMN "version_saved_by_name" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_target_id_idx" ON "audit_log" USING btree ("target_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "references" ADD CONSTRAINT "references_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "references" ADD CONSTRAINT "references_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reactions" ADD CONSTRAINT "reactions_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reactions" ADD CONSTRAINT "reactions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reactions_v" ADD CONSTRAINT "_reactions_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reactions_v" ADD CONSTRAINT "_reactions_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_last_edited_by_idx" ON "articles" USING btree ("last_edited_by_id");
  CREATE INDEX "articles_reviewed_by_idx" ON "articles" USING btree ("reviewed_by_id");
  CREATE INDEX "_articles_v_version_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_version_version_last_edited_by_idx" ON "_articles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_articles_v_version_version_reviewed_by_idx" ON "_articles_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "events_workflow_state_idx" ON "events" USING btree ("workflow_state");
  CREATE INDEX "events_last_edited_by_idx" ON "events" USING btree ("last_edited_by_id");
  CREATE INDEX "events_reviewed_by_idx" ON "events" USING btree ("reviewed_by_id");
  CREATE INDEX "_events_v_version_version_workflow_state_idx" ON "_events_v" USING btree ("version_workflow_state");
  CREATE INDEX "_events_v_version_version_last_edited_by_idx" ON "_events_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_events_v_version_version_reviewed_by_idx" ON "_events_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "references_workflow_state_idx" ON "references" USING btree ("workflow_state");
  CREATE INDEX "references_last_edited_by_idx" ON "references" USING btree ("last_edited_by_id");
  CREATE INDEX "references_reviewed_by_idx" ON "references" USING btree ("reviewed_by_id");
  CREATE INDEX "_references_v_version_version_workflow_state_idx" ON "_references_v" USING btree ("version_workflow_state");
  CREATE INDEX "_references_v_version_version_last_edited_by_idx" ON "_references_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_references_v_version_version_reviewed_by_idx" ON "_references_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "reactions_workflow_state_idx" ON "reactions" USING btree ("workflow_state");
  CREATE INDEX "reactions_last_edited_by_idx" ON "reactions" USING btree ("last_edited_by_id");
  CREATE INDEX "reactions_reviewed_by_idx" ON "reactions" USING btree ("reviewed_by_id");
  CREATE INDEX "_reactions_v_version_version_workflow_state_idx" ON "_reactions_v" USING btree ("version_workflow_state");
  CREATE INDEX "_reactions_v_version_version_last_edited_by_idx" ON "_reactions_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_reactions_v_version_version_reviewed_by_idx" ON "_reactions_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
  // Added by hand: revisions saved before the workflow existed get the state their status
  // implies and a change summary saying so (the generated default would call them drafts).
  for (const table of ['articles', 'events', 'references', 'reactions']) {
    await db.execute(
      sql.raw(`UPDATE "${table}" SET "workflow_state" = 'published' WHERE "_status" = 'published';
      UPDATE "_${table}_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
      UPDATE "${table}" SET "change_summary" = 'Saved before the editorial workflow' WHERE "change_summary" IS NULL;
      UPDATE "_${table}_v" SET "version_change_summary" = 'Saved before the editorial workflow' WHERE "version_change_summary" IS NULL;`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "references" DROP CONSTRAINT "references_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "references" DROP CONSTRAINT "references_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_references_v" DROP CONSTRAINT "_references_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_references_v" DROP CONSTRAINT "_references_v_version_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "reactions" DROP CONSTRAINT "reactions_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "reactions" DROP CONSTRAINT "reactions_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_reactions_v" DROP CONSTRAINT "_reactions_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_reactions_v" DROP CONSTRAINT "_reactions_v_version_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "articles_workflow_state_idx";
  DROP INDEX "articles_last_edited_by_idx";
  DROP INDEX "articles_reviewed_by_idx";
  DROP INDEX "_articles_v_version_version_workflow_state_idx";
  DROP INDEX "_articles_v_version_version_last_edited_by_idx";
  DROP INDEX "_articles_v_version_version_reviewed_by_idx";
  DROP INDEX "events_workflow_state_idx";
  DROP INDEX "events_last_edited_by_idx";
  DROP INDEX "events_reviewed_by_idx";
  DROP INDEX "_events_v_version_version_workflow_state_idx";
  DROP INDEX "_events_v_version_version_last_edited_by_idx";
  DROP INDEX "_events_v_version_version_reviewed_by_idx";
  DROP INDEX "references_workflow_state_idx";
  DROP INDEX "references_last_edited_by_idx";
  DROP INDEX "references_reviewed_by_idx";
  DROP INDEX "_references_v_version_version_workflow_state_idx";
  DROP INDEX "_references_v_version_version_last_edited_by_idx";
  DROP INDEX "_references_v_version_version_reviewed_by_idx";
  DROP INDEX "reactions_workflow_state_idx";
  DROP INDEX "reactions_last_edited_by_idx";
  DROP INDEX "reactions_reviewed_by_idx";
  DROP INDEX "_reactions_v_version_version_workflow_state_idx";
  DROP INDEX "_reactions_v_version_version_last_edited_by_idx";
  DROP INDEX "_reactions_v_version_version_reviewed_by_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "articles" DROP COLUMN "workflow_state";
  ALTER TABLE "articles" DROP COLUMN "change_summary";
  ALTER TABLE "articles" DROP COLUMN "review_comment";
  ALTER TABLE "articles" DROP COLUMN "author_name";
  ALTER TABLE "articles" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "articles" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "articles" DROP COLUMN "saved_by_name";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_change_summary";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_articles_v" DROP COLUMN "version_author_name";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_reviewed_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_saved_by_name";
  ALTER TABLE "events" DROP COLUMN "workflow_state";
  ALTER TABLE "events" DROP COLUMN "change_summary";
  ALTER TABLE "events" DROP COLUMN "review_comment";
  ALTER TABLE "events" DROP COLUMN "author_name";
  ALTER TABLE "events" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "events" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "events" DROP COLUMN "saved_by_name";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_events_v" DROP COLUMN "version_change_summary";
  ALTER TABLE "_events_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_events_v" DROP COLUMN "version_author_name";
  ALTER TABLE "_events_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_reviewed_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_saved_by_name";
  ALTER TABLE "references" DROP COLUMN "workflow_state";
  ALTER TABLE "references" DROP COLUMN "change_summary";
  ALTER TABLE "references" DROP COLUMN "review_comment";
  ALTER TABLE "references" DROP COLUMN "author_name";
  ALTER TABLE "references" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "references" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "references" DROP COLUMN "saved_by_name";
  ALTER TABLE "_references_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_references_v" DROP COLUMN "version_change_summary";
  ALTER TABLE "_references_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_references_v" DROP COLUMN "version_author_name";
  ALTER TABLE "_references_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_references_v" DROP COLUMN "version_reviewed_by_id";
  ALTER TABLE "_references_v" DROP COLUMN "version_saved_by_name";
  ALTER TABLE "reactions" DROP COLUMN "workflow_state";
  ALTER TABLE "reactions" DROP COLUMN "change_summary";
  ALTER TABLE "reactions" DROP COLUMN "review_comment";
  ALTER TABLE "reactions" DROP COLUMN "author_name";
  ALTER TABLE "reactions" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "reactions" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "reactions" DROP COLUMN "saved_by_name";
  ALTER TABLE "_reactions_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_reactions_v" DROP COLUMN "version_change_summary";
  ALTER TABLE "_reactions_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_reactions_v" DROP COLUMN "version_author_name";
  ALTER TABLE "_reactions_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_reactions_v" DROP COLUMN "version_reviewed_by_id";
  ALTER TABLE "_reactions_v" DROP COLUMN "version_saved_by_name";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  DROP TYPE "public"."enum_events_workflow_state";
  DROP TYPE "public"."enum__events_v_version_workflow_state";
  DROP TYPE "public"."enum_references_workflow_state";
  DROP TYPE "public"."enum__references_v_version_workflow_state";
  DROP TYPE "public"."enum_reactions_workflow_state";
  DROP TYPE "public"."enum__reactions_v_version_workflow_state";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
