ALTER TABLE "follow_up_rounds" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up_rounds" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "follow_up_rounds" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up_rounds" ADD CONSTRAINT "follow_up_rounds_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;