import { sql } from 'drizzle-orm';
import { check, char, pgTable, text } from 'drizzle-orm/pg-core';

/** The 21 regions, keyed by SCB's county code ("01"…"25"). */
export const regions = pgTable(
  'regions',
  {
    code: char('code', { length: 2 }).primaryKey(),
    nameSv: text('name_sv').notNull().unique(),
    nameEn: text('name_en').notNull().unique(),
    isoCode: text('iso_code').notNull().unique(),
  },
  (t) => [
    check('regions_code_format', sql`${t.code} ~ '^[0-9]{2}$'`),
    check('regions_iso_format', sql`${t.isoCode} ~ '^SE-[A-Z]{1,2}$'`),
  ],
);

export type Region = typeof regions.$inferSelect;
