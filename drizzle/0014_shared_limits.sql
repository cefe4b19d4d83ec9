CREATE TABLE "rate_limit_buckets" (
	"limit_name" text NOT NULL,
	"key_hash" text NOT NULL,
	"full_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limit_buckets_limit_name_key_hash_pk" PRIMARY KEY("limit_name","key_hash")
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"limit_name" text NOT NULL,
	"key_hash" text NOT NULL,
	"failures" timestamp with time zone[] NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_failures_limit_name_key_hash_pk" PRIMARY KEY("limit_name","key_hash")
);
--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_full_at_idx" ON "rate_limit_buckets" USING btree ("full_at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_expires_at_idx" ON "sign_in_failures" USING btree ("expires_at");