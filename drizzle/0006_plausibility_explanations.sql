ALTER TABLE "decisions" ADD COLUMN "plausibility_warnings" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "plausibility_explanation" text;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD COLUMN "plausibility_warnings" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD COLUMN "plausibility_explanation" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_warnings_explained" CHECK (jsonb_array_length("decisions"."plausibility_warnings") = 0 or length(trim(coalesce("decisions"."plausibility_explanation", ''))) > 0);--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD CONSTRAINT "staffing_warnings_explained" CHECK (jsonb_array_length("staffing_reports"."plausibility_warnings") = 0 or length(trim(coalesce("staffing_reports"."plausibility_explanation", ''))) > 0);