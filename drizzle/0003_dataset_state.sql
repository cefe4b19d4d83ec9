CREATE TABLE "dataset_state" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dataset_state_single_row" CHECK ("dataset_state"."singleton")
);
