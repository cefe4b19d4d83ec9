CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."decision_kind" AS ENUM('decided_1100', 'decided_figure', 'decided_no_figure', 'ambition', 'none');--> statement-breakpoint
CREATE TYPE "public"."source_status" AS ENUM('verified', 'secondary', 'uncertain');--> statement-breakpoint
CREATE TYPE "public"."target_type" AS ENUM('interim', 'final');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'editor');--> statement-breakpoint
CREATE TYPE "public"."workflow_status" AS ENUM('draft', 'submitted', 'returned', 'approved', 'published');--> statement-breakpoint
CREATE TABLE "regions" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"iso_code" text NOT NULL,
	CONSTRAINT "regions_name_sv_unique" UNIQUE("name_sv"),
	CONSTRAINT "regions_name_en_unique" UNIQUE("name_en"),
	CONSTRAINT "regions_iso_code_unique" UNIQUE("iso_code"),
	CONSTRAINT "regions_code_format" CHECK ("regions"."code" ~ '^[0-9]{2}$'),
	CONSTRAINT "regions_iso_format" CHECK ("regions"."iso_code" ~ '^SE-[A-Z]{1,2}$')
);
--> statement-breakpoint
CREATE TABLE "population" (
	"region_code" char(2) NOT NULL,
	"year" integer NOT NULL,
	"residents" integer NOT NULL,
	"source" text NOT NULL,
	"source_status" "source_status" NOT NULL,
	CONSTRAINT "population_region_code_year_pk" PRIMARY KEY("region_code","year"),
	CONSTRAINT "population_year_range" CHECK ("population"."year" between 1968 and 2100),
	CONSTRAINT "population_residents_range" CHECK ("population"."residents" between 1000 and 5000000),
	CONSTRAINT "population_source_not_blank" CHECK (length(trim("population"."source")) > 0)
);
--> statement-breakpoint
CREATE TABLE "guidelines" (
	"id" serial PRIMARY KEY NOT NULL,
	"published_on" date NOT NULL,
	"residents_per_specialist" integer NOT NULL,
	"residents_per_trainee" integer NOT NULL,
	"issuer" text NOT NULL,
	"source_url" text NOT NULL,
	"source_title" text NOT NULL,
	CONSTRAINT "guidelines_published_on_unique" UNIQUE("published_on"),
	CONSTRAINT "guidelines_specialist_range" CHECK ("guidelines"."residents_per_specialist" between 300 and 5000),
	CONSTRAINT "guidelines_trainee_range" CHECK ("guidelines"."residents_per_trainee" between 100 and 5000)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"region_code" char(2),
	"active" boolean DEFAULT true NOT NULL,
	"password_hash" text,
	"oidc_issuer" text,
	"oidc_subject" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	CONSTRAINT "users_email_format" CHECK ("users"."email" ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
	CONSTRAINT "users_editor_has_region" CHECK (("users"."role" = 'editor') = ("users"."region_code" is not null)),
	CONSTRAINT "users_oidc_pair" CHECK (("users"."oidc_issuer" is null) = ("users"."oidc_subject" is null))
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" char(2) NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"target_figure" integer,
	"target_type" "target_type",
	"target_year" integer,
	"decided_on" date NOT NULL,
	"decided_on_precision" date_precision DEFAULT 'day' NOT NULL,
	"decided_on_is_upper_bound" boolean DEFAULT false NOT NULL,
	"effective_on" date,
	"deciding_body" text,
	"reference" text,
	"source_url" text,
	"source_title" text,
	"source_status" "source_status" NOT NULL,
	"note" text,
	"status" "workflow_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_figure_range" CHECK ("decisions"."target_figure" is null or "decisions"."target_figure" between 300 and 5000),
	CONSTRAINT "decisions_figure_matches_kind" CHECK (case "decisions"."kind"
            when 'decided_1100' then "decisions"."target_figure" = 1100
            when 'decided_figure' then "decisions"."target_figure" is not null
            when 'decided_no_figure' then "decisions"."target_figure" is null
            when 'none' then "decisions"."target_figure" is null
            else true end),
	CONSTRAINT "decisions_target_type_needs_figure" CHECK ("decisions"."target_type" is null or "decisions"."target_figure" is not null),
	CONSTRAINT "decisions_target_year_range" CHECK ("decisions"."target_year" is null or "decisions"."target_year" between 2000 and 2100),
	CONSTRAINT "decisions_decided_on_range" CHECK ("decisions"."decided_on" between '2000-01-01' and '2100-12-31'),
	CONSTRAINT "decisions_partial_date_normalised" CHECK (case "decisions"."decided_on_precision"
            when 'month' then extract(day from "decisions"."decided_on") = 1
            when 'year' then extract(day from "decisions"."decided_on") = 1 and extract(month from "decisions"."decided_on") = 1
            else true end),
	CONSTRAINT "decisions_effective_after_decided" CHECK ("decisions"."effective_on" is null or "decisions"."effective_on" >= "decisions"."decided_on"),
	CONSTRAINT "decisions_version_positive" CHECK ("decisions"."version" >= 1),
	CONSTRAINT "decisions_source_url_scheme" CHECK ("decisions"."source_url" is null or "decisions"."source_url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "staffing_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" char(2) NOT NULL,
	"reference_date" date NOT NULL,
	"specialists_headcount" integer NOT NULL,
	"specialists_fte" numeric(8, 2) NOT NULL,
	"trainees_headcount" integer NOT NULL,
	"trainees_fte" numeric(8, 2) NOT NULL,
	"residents_with_named_contact" integer,
	"source" text NOT NULL,
	"comment" text,
	"status" "workflow_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staffing_counts_non_negative" CHECK ("staffing_reports"."specialists_headcount" >= 0 and "staffing_reports"."trainees_headcount" >= 0),
	CONSTRAINT "staffing_headcount_range" CHECK ("staffing_reports"."specialists_headcount" <= 20000 and "staffing_reports"."trainees_headcount" <= 20000),
	CONSTRAINT "staffing_fte_range" CHECK ("staffing_reports"."specialists_fte" between 0 and 20000 and "staffing_reports"."trainees_fte" between 0 and 20000),
	CONSTRAINT "staffing_named_contact_range" CHECK ("staffing_reports"."residents_with_named_contact" is null or "staffing_reports"."residents_with_named_contact" between 0 and 5000000),
	CONSTRAINT "staffing_reference_date_range" CHECK ("staffing_reports"."reference_date" between '2000-01-01' and '2100-12-31'),
	CONSTRAINT "staffing_source_not_blank" CHECK (length(trim("staffing_reports"."source")) > 0),
	CONSTRAINT "staffing_version_positive" CHECK ("staffing_reports"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"region_code" char(2),
	"old_value" jsonb,
	"new_value" jsonb
);
--> statement-breakpoint
ALTER TABLE "population" ADD CONSTRAINT "population_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD CONSTRAINT "staffing_reports_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD CONSTRAINT "staffing_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reports" ADD CONSTRAINT "staffing_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_oidc_identity_unique" ON "users" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
CREATE INDEX "users_region_idx" ON "users" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "decisions_region_idx" ON "decisions" USING btree ("region_code","decided_on");--> statement-breakpoint
CREATE INDEX "staffing_region_idx" ON "staffing_reports" USING btree ("region_code","reference_date");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_one_published" ON "staffing_reports" USING btree ("region_code","reference_date") WHERE "staffing_reports"."status" = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_one_in_review" ON "staffing_reports" USING btree ("region_code","reference_date") WHERE "staffing_reports"."status" <> 'published';--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");