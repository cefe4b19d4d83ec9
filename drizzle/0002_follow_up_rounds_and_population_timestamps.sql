CREATE TABLE "follow_up_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"reference_date" date NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_rounds_reference_date_unique" UNIQUE("reference_date"),
	CONSTRAINT "rounds_name_not_blank" CHECK (length(trim("follow_up_rounds"."name")) > 0),
	CONSTRAINT "rounds_closes_after_opens" CHECK ("follow_up_rounds"."closes_on" >= "follow_up_rounds"."opens_on")
);
--> statement-breakpoint
ALTER TABLE "population" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;