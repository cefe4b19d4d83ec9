CREATE TABLE "external_measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" char(2),
	"publisher" text NOT NULL,
	"measure" text NOT NULL,
	"value_text" text NOT NULL,
	"period" text NOT NULL,
	"definition_sv" text NOT NULL,
	"definition_en" text NOT NULL,
	"quote" text NOT NULL,
	"source_url" text NOT NULL,
	"source_title" text NOT NULL,
	"source_status" "source_status" NOT NULL,
	"published_on" date NOT NULL,
	"note_sv" text,
	"note_en" text,
	CONSTRAINT "external_measures_source_url" CHECK ("external_measures"."source_url" ~ '^https?://'),
	CONSTRAINT "external_measures_measure_format" CHECK ("external_measures"."measure" ~ '^[a-z0-9_]+$')
);
--> statement-breakpoint
CREATE TABLE "named_contact_shares" (
	"region_code" char(2) NOT NULL,
	"reference_date" date NOT NULL,
	"share_percent" numeric(5, 2),
	"source_url" text NOT NULL,
	"source_title" text NOT NULL,
	"source_status" "source_status" NOT NULL,
	CONSTRAINT "named_contact_shares_region_code_reference_date_pk" PRIMARY KEY("region_code","reference_date"),
	CONSTRAINT "named_contact_share_range" CHECK ("named_contact_shares"."share_percent" is null or "named_contact_shares"."share_percent" between 0 and 100),
	CONSTRAINT "named_contact_share_source_url" CHECK ("named_contact_shares"."source_url" ~ '^https?://')
);
--> statement-breakpoint
ALTER TABLE "decisions" DROP CONSTRAINT "decisions_figure_matches_kind";--> statement-breakpoint
ALTER TABLE "decisions" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
-- "none" merged "no decision at that date", "declined" and "revoked". Every row recorded with it says
-- only that no decision was found or existed (the surveys' answers), so it becomes the weakest claim.
UPDATE "decisions" SET "kind" = 'no_decision' WHERE "kind" = 'none';--> statement-breakpoint
DROP TYPE "public"."decision_kind";--> statement-breakpoint
CREATE TYPE "public"."decision_kind" AS ENUM('decided_1100', 'decided_figure', 'decided_no_figure', 'ambition', 'no_decision', 'declined', 'revoked');--> statement-breakpoint
ALTER TABLE "decisions" ALTER COLUMN "kind" SET DATA TYPE "public"."decision_kind" USING "kind"::"public"."decision_kind";--> statement-breakpoint
ALTER TABLE "external_measures" ADD CONSTRAINT "external_measures_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "named_contact_shares" ADD CONSTRAINT "named_contact_shares_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "external_measures_region_idx" ON "external_measures" USING btree ("region_code","measure");--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_figure_matches_kind" CHECK (case "decisions"."kind"
            when 'decided_1100' then "decisions"."target_figure" = 1100
            when 'decided_figure' then "decisions"."target_figure" is not null
            when 'decided_no_figure' then "decisions"."target_figure" is null
            when 'no_decision' then "decisions"."target_figure" is null
            when 'declined' then "decisions"."target_figure" is null
            when 'revoked' then "decisions"."target_figure" is null
            else true end);--> statement-breakpoint
CREATE TRIGGER named_contact_shares_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON named_contact_shares
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
--> statement-breakpoint
CREATE TRIGGER external_measures_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON external_measures
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
