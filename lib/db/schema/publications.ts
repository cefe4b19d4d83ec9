import { sql } from 'drizzle-orm';
import { char, check, index, integer, jsonb, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from './regions';
import { users } from './users';

/**
 * The public change log ("Vad är nytt"): each publication, and what it made public for which region.
 * Written in the same transaction as the publication itself, and append-only in the database (a
 * trigger, migration 0009), so what was said to be published when cannot be rewritten.
 */
export const publications = pgTable('publications', {
  id: serial('id').primaryKey(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  publishedBy: uuid('published_by').references(() => users.id),
});

export const publicationItems = pgTable(
  'publication_items',
  {
    id: serial('id').primaryKey(),
    publicationId: integer('publication_id')
      .notNull()
      .references(() => publications.id),
    regionCode: char('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    entity: text('entity').notNull(),
    recordId: integer('record_id').notNull(),
    /** new: a first figure or decision; correction: replaces a published staffing report for the same date. */
    change: text('change').notNull(),
    /** The published values as the public sees them (never anything unpublished). */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    index('publication_items_publication_idx').on(t.publicationId),
    check('publication_items_entity', sql`${t.entity} in ('decision', 'staffing_report')`),
    check('publication_items_change', sql`${t.change} in ('new', 'correction')`),
  ],
);

export type Publication = typeof publications.$inferSelect;
export type PublicationItem = typeof publicationItems.$inferSelect;
