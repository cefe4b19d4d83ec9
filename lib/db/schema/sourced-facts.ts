import { sql } from 'drizzle-orm';
import { char, check, date, index, numeric, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { sourceStatus } from './enums';
import { regions } from './regions';

/**
 * The share of a region's residents with a named fast läkarkontakt on a reference date, as a public
 * source reports it (the regions' own registers, compiled by Socialstyrelsen). A region the source
 * names as not having reported has a row with no share: "not reported" is a fact, unlike a missing row.
 */
export const namedContactShares = pgTable(
  'named_contact_shares',
  {
    regionCode: char('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    /** Percent (0–100) as the source prints it; null when the source says the region did not report. */
    sharePercent: numeric('share_percent', { precision: 5, scale: 2, mode: 'number' }),
    sourceUrl: text('source_url').notNull(),
    sourceTitle: text('source_title').notNull(),
    sourceStatus: sourceStatus('source_status').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.referenceDate] }),
    check('named_contact_share_range', sql`${t.sharePercent} is null or ${t.sharePercent} between 0 and 100`),
    check('named_contact_share_source_url', sql`${t.sourceUrl} ~ '^https?://'`),
  ],
);

export type NamedContactShareRow = typeof namedContactShares.$inferSelect;

/**
 * Figures that others publish with definitions of their own (Läkarförbundet's residents per
 * primary-care doctor, its estimates of years to reach the guideline, survey counts of regions).
 * Shown beside the product's own measure, with definition, source and date, never inside it.
 * Region null: a national statement. Two rows with the same measure and period are two readings that
 * disagree; both are shown with their sources.
 */
export const externalMeasures = pgTable(
  'external_measures',
  {
    id: serial('id').primaryKey(),
    regionCode: char('region_code', { length: 2 }).references(() => regions.code),
    publisher: text('publisher').notNull(),
    measure: text('measure').notNull(),
    /** The value as the source states it ("2 803", "> 50", "10 av 21"). */
    valueText: text('value_text').notNull(),
    /** The product's English for the value ("around 88 years"); null: shown as the source wrote it, marked Swedish. */
    valueEn: text('value_en'),
    /** The period the source refers to, as precisely as it says ("2022-06", "2024", "våren 2025"). */
    period: text('period').notNull(),
    definitionSv: text('definition_sv').notNull(),
    definitionEn: text('definition_en').notNull(),
    /** The source's own words, in Swedish. */
    quote: text('quote').notNull(),
    sourceUrl: text('source_url').notNull(),
    sourceTitle: text('source_title').notNull(),
    sourceStatus: sourceStatus('source_status').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    noteSv: text('note_sv'),
    noteEn: text('note_en'),
  },
  (t) => [
    index('external_measures_region_idx').on(t.regionCode, t.measure),
    check('external_measures_source_url', sql`${t.sourceUrl} ~ '^https?://'`),
    check('external_measures_measure_format', sql`${t.measure} ~ '^[a-z0-9_]+$'`),
  ],
);

export type ExternalMeasureRow = typeof externalMeasures.$inferSelect;
