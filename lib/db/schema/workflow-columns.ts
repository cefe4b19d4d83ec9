import { boolean, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workflowStatus } from './enums';
import { users } from './users';

/**
 * Columns every region-submitted record carries: review status, a version for optimistic locking,
 * who and when, whether the row belongs to the labelled example dataset rather than the record, and
 * the plausibility warnings the region confirmed with an explanation.
 * A function so that each table gets its own column builders.
 */
export function workflowColumns() {
  return {
    status: workflowStatus('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    isExample: boolean('is_example').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Plausibility warnings the region confirmed when saving (codes), and its explanation. */
    plausibilityWarnings: jsonb('plausibility_warnings').$type<string[]>().notNull().default([]),
    plausibilityExplanation: text('plausibility_explanation'),
    /** When the region last submitted it (whether it came in late is judged against the round). */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Socialstyrelsen's last review: approved or returned, by whom, when, and the comment (a return's reason). */
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  };
}
