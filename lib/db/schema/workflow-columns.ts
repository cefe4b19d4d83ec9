import { boolean, integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workflowStatus } from './enums';
import { users } from './users';

/**
 * Columns every region-submitted record carries: review status, a version for optimistic locking,
 * who and when, and whether the row belongs to the labelled example dataset rather than the record.
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
  };
}
