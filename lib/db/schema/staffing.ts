import { sql } from 'drizzle-orm';
import { char, check, date, index, integer, numeric, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { regions } from './regions';
import { workflowColumns } from './workflow-columns';

/**
 * Staffing reported by a region for a reference date: GP specialists and ST-läkare in general
 * medicine working as fast läkarkontakt (headcount and full-time equivalents), and optionally how
 * many residents have a named fast läkarkontakt. FTE may exceed headcount only through a
 * plausibility explanation, so the database bounds it loosely and the form asks.
 */
export const staffingReports = pgTable(
  'staffing_reports',
  {
    id: serial('id').primaryKey(),
    regionCode: char('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    specialistsHeadcount: integer('specialists_headcount').notNull(),
    specialistsFte: numeric('specialists_fte', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    traineesHeadcount: integer('trainees_headcount').notNull(),
    traineesFte: numeric('trainees_fte', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    residentsWithNamedContact: integer('residents_with_named_contact'),
    source: text('source').notNull(),
    comment: text('comment'),
    ...workflowColumns(),
  },
  (t) => [
    index('staffing_region_idx').on(t.regionCode, t.referenceDate),
    // One published report per region and date, and at most one in review beside it (earlier
    // published versions are kept as superseded).
    uniqueIndex('staffing_one_published')
      .on(t.regionCode, t.referenceDate)
      .where(sql`${t.status} = 'published'`),
    uniqueIndex('staffing_one_in_review')
      .on(t.regionCode, t.referenceDate)
      .where(sql`${t.status} in ('draft', 'submitted', 'returned', 'approved')`),
    check('staffing_counts_non_negative', sql`${t.specialistsHeadcount} >= 0 and ${t.traineesHeadcount} >= 0`),
    check('staffing_headcount_range', sql`${t.specialistsHeadcount} <= 20000 and ${t.traineesHeadcount} <= 20000`),
    check('staffing_fte_range', sql`${t.specialistsFte} between 0 and 20000 and ${t.traineesFte} between 0 and 20000`),
    check(
      'staffing_named_contact_range',
      sql`${t.residentsWithNamedContact} is null or ${t.residentsWithNamedContact} between 0 and 5000000`,
    ),
    check('staffing_reference_date_range', sql`${t.referenceDate} between '2000-01-01' and '2100-12-31'`),
    check('staffing_source_not_blank', sql`length(trim(${t.source})) > 0`),
    check('staffing_version_positive', sql`${t.version} >= 1`),
    // A region that gets a record back is always told why.
    check('staffing_return_has_reason', sql`${t.status} <> 'returned' or length(trim(coalesce(${t.reviewComment}, ''))) > 0`),
    check(
      'staffing_warnings_explained',
      sql`jsonb_array_length(${t.plausibilityWarnings}) = 0 or length(trim(coalesce(${t.plausibilityExplanation}, ''))) > 0`,
    ),
  ],
);

export type StaffingReport = typeof staffingReports.$inferSelect;
export type NewStaffingReport = typeof staffingReports.$inferInsert;
