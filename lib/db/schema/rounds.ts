import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * A follow-up round: Socialstyrelsen asks every region for its staffing on `referenceDate`, to be
 * reported between `opensOn` and `closesOn`. A region's state in a round follows from its staffing
 * report for that reference date.
 */
export const followUpRounds = pgTable(
  'follow_up_rounds',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    referenceDate: date('reference_date', { mode: 'string' }).notNull().unique(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Name and dates may change (a deadline extended); the version makes a change from a stale page fail. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('rounds_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check('rounds_closes_after_opens', sql`${t.closesOn} >= ${t.opensOn}`),
  ],
);

export type FollowUpRound = typeof followUpRounds.$inferSelect;
