import { sql } from 'drizzle-orm';
import { char, check, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { sourceStatus } from './enums';
import { regions } from './regions';

/** Residents (folkmängd) per region on 31 December of `year`, from SCB. */
export const population = pgTable(
  'population',
  {
    regionCode: char('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    residents: integer('residents').notNull(),
    source: text('source').notNull(),
    sourceStatus: sourceStatus('source_status').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.year] }),
    check('population_year_range', sql`${t.year} between 1968 and 2100`),
    check('population_residents_range', sql`${t.residents} between 1000 and 5000000`),
    check('population_source_not_blank', sql`length(trim(${t.source})) > 0`),
  ],
);

export type PopulationRow = typeof population.$inferSelect;
