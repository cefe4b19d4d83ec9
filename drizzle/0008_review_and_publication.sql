ALTER TYPE "public"."workflow_status" ADD VALUE 'superseded';--> statement-breakpoint
CREATE TABLE "publication_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"publication_id" integer NOT NULL,
	"region_code" char(2) NOT NULL,
	"entity" text NOT NULL,
	"record_id" integer NOT NULL,
	"change" text NOT NULL,
	"details" jsonb NOT NULL,
	CONSTRAINT "publication_items_entity" CHECK ("publication_items"."entity" in ('decision', 'staffing_report')),
	CONSTRAINT "publication_items_change" CHECK ("publication_items"."change" in ('new', 'correction'))
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" serial PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
DROP INDEX "staffing_one_in_review";--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "publication_items" ADD CONSTRAINT "publication_items_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_items" ADD CONSTRAINT "publication_items_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publication_items_publication_idx" ON "publication_items" USING btree ("publication_id");--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD CONSTRAINT "staffing_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_one_in_review" ON "staffing_reports" USING btree ("region_code","reference_date") WHERE "staffing_reports"."status" in ('draft', 'submitted', 'returned', 'approved');--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_return_has_reason" CHECK ("decisions"."status" <> 'returned' or length(trim(coalesce("decisions"."review_comment", ''))) > 0);--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD CONSTRAINT "staffing_return_has_reason" CHECK ("staffing_reports"."status" <> 'returned' or length(trim(coalesce("staffing_reports"."review_comment", ''))) > 0);