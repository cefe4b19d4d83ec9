import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row: when anything public may last have changed. Statement triggers on every table that feeds
 * public figures (migration 0004) move it forward on any insert, update, delete or truncate, so it
 * only ever grows — the basis of Last-Modified, whatever code path wrote.
 */
export const datasetState = pgTable(
  'dataset_state',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('dataset_state_single_row', sql`${t.singleton}`)],
);
