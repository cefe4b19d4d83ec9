import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Limits that hold across every instance of the app and across restarts, so they live here rather than
 * in a process's memory. Keys are keyed hashes (lib/data/internal/limits.ts): no client address, e-mail address
 * or account id can be read from these tables. A row past its time is the same as no row, and is
 * deleted in small batches from time to time.
 */

/**
 * A token bucket per limit and client, kept as the time it is full again: a request is allowed while
 * that time stays within one full bucket (a minute) of now, and moves it on by one token's time.
 */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    limitName: text('limit_name').notNull(),
    keyHash: text('key_hash').notNull(),
    fullAt: timestamp('full_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.limitName, t.keyHash] }), index('rate_limit_buckets_full_at_idx').on(t.fullAt)],
);

/**
 * Failed sign-ins per account or client address: the latest ones within the window (never more than
 * the limit allows, so a row stays small), and when the newest of them leaves the window.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    limitName: text('limit_name').notNull(),
    keyHash: text('key_hash').notNull(),
    failures: timestamp('failures', { withTimezone: true }).array().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.limitName, t.keyHash] }), index('sign_in_failures_expires_at_idx').on(t.expiresAt)],
);
