import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';

/** The national guideline (nationellt riktvärde) and any later revision of it. */
export const guidelines = pgTable(
  'guidelines',
  {
    id: serial('id').primaryKey(),
    publishedOn: date('published_on', { mode: 'string' }).notNull().unique(),
    residentsPerSpecialist: integer('residents_per_specialist').notNull(),
    residentsPerTrainee: integer('residents_per_trainee').notNull(),
    issuer: text('issuer').notNull(),
    sourceUrl: text('source_url').notNull(),
    sourceTitle: text('source_title').notNull(),
  },
  (t) => [
    check('guidelines_specialist_range', sql`${t.residentsPerSpecialist} between 300 and 5000`),
    check('guidelines_trainee_range', sql`${t.residentsPerTrainee} between 100 and 5000`),
  ],
);

export type Guideline = typeof guidelines.$inferSelect;
