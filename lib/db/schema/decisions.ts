import { sql } from 'drizzle-orm';
import { boolean, char, check, date, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { datePrecision, decisionKind, sourceStatus, targetType } from './enums';
import { regions } from './regions';
import { workflowColumns } from './workflow-columns';

/**
 * A region's decisions on residents per fast läkarkontakt, one row per decision event.
 * A decision date may be known only to the month or the year (`decidedOnPrecision`), and some are
 * known only as "no later than" a report (`decidedOnIsUpperBound`). Partial dates are stored as the
 * first day of their period; the CHECKs make that normalisation impossible to get wrong.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: serial('id').primaryKey(),
    regionCode: char('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    kind: decisionKind('kind').notNull(),
    targetFigure: integer('target_figure'),
    targetType: targetType('target_type'),
    targetYear: integer('target_year'),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    decidedOnPrecision: datePrecision('decided_on_precision').notNull().default('day'),
    decidedOnIsUpperBound: boolean('decided_on_is_upper_bound').notNull().default(false),
    effectiveOn: date('effective_on', { mode: 'string' }),
    decidingBody: text('deciding_body'),
    reference: text('reference'),
    sourceUrl: text('source_url'),
    sourceTitle: text('source_title'),
    sourceStatus: sourceStatus('source_status').notNull(),
    /** The note as written, in Swedish (a source's words or the region's own). */
    note: text('note'),
    /** The product's own English for a note it wrote itself; null for a region's free text, shown in Swedish. */
    noteEn: text('note_en'),
    ...workflowColumns(),
  },
  (t) => [
    index('decisions_region_idx').on(t.regionCode, t.decidedOn),
    check('decisions_figure_range', sql`${t.targetFigure} is null or ${t.targetFigure} between 300 and 5000`),
    check(
      'decisions_figure_matches_kind',
      sql`case ${t.kind}
            when 'decided_1100' then ${t.targetFigure} = 1100
            when 'decided_figure' then ${t.targetFigure} is not null
            when 'decided_no_figure' then ${t.targetFigure} is null
            when 'no_decision' then ${t.targetFigure} is null
            when 'declined' then ${t.targetFigure} is null
            when 'revoked' then ${t.targetFigure} is null
            else true end`,
    ),
    check('decisions_target_type_needs_figure', sql`${t.targetType} is null or ${t.targetFigure} is not null`),
    check('decisions_target_year_range', sql`${t.targetYear} is null or ${t.targetYear} between 2000 and 2100`),
    check('decisions_decided_on_range', sql`${t.decidedOn} between '2000-01-01' and '2100-12-31'`),
    check(
      'decisions_partial_date_normalised',
      sql`case ${t.decidedOnPrecision}
            when 'month' then extract(day from ${t.decidedOn}) = 1
            when 'year' then extract(day from ${t.decidedOn}) = 1 and extract(month from ${t.decidedOn}) = 1
            else true end`,
    ),
    check('decisions_effective_after_decided', sql`${t.effectiveOn} is null or ${t.effectiveOn} >= ${t.decidedOn}`),
    check('decisions_version_positive', sql`${t.version} >= 1`),
    // A region that gets a record back is always told why.
    check('decisions_return_has_reason', sql`${t.status} <> 'returned' or length(trim(coalesce(${t.reviewComment}, ''))) > 0`),
    check(
      'decisions_warnings_explained',
      sql`jsonb_array_length(${t.plausibilityWarnings}) = 0 or length(trim(coalesce(${t.plausibilityExplanation}, ''))) > 0`,
    ),
    check('decisions_source_url_scheme', sql`${t.sourceUrl} is null or ${t.sourceUrl} ~ '^https?://'`),
  ],
);

export type Decision = typeof decisions.$inferSelect;
export type NewDecision = typeof decisions.$inferInsert;
