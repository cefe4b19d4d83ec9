import { createHash } from 'node:crypto';
import type { PopulationRow, StaffingReport } from '@/lib/db/schema';
import type { PopulationObservation } from './scb-population';
import type { StaffingTemplateRow } from './staffing-template';
import type { ImportIssue } from './table-file';

/**
 * What an import would do with each row, decided from the file and what is stored now: insert,
 * change (a figure moves), source only (the figures stay, only the source or other text describing
 * them differs), or leave alone because the stored values are already the file's. The same plan is
 * shown in the dry run and carried out by the commit, which recomputes it in its transaction and
 * refuses to go on if it differs from the one the administrator saw.
 */

export type PlanAction = 'insert' | 'change' | 'source_only' | 'unchanged';

export interface PlanRow {
  row: number | null;
  column: string | null;
  action: PlanAction;
  regionCode: string;
  /** The year (population) or reference date (staffing). */
  period: string;
  /** The figures stored now and those the file brings, as shown side by side. */
  before: Record<string, string | number | null> | null;
  after: Record<string, string | number | null>;
  /** Plausibility questions the row raises, answered by its explanation. */
  warnings: string[];
}

export interface Plan {
  rows: PlanRow[];
  issues: ImportIssue[];
}

export function countActions(rows: readonly PlanRow[]): Record<PlanAction, number> {
  const counts: Record<PlanAction, number> = { insert: 0, change: 0, source_only: 0, unchanged: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
}

/** Identifies a plan: the same file against the same stored values gives the same fingerprint. */
export function planFingerprint(rows: readonly PlanRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(JSON.stringify([row.regionCode, row.period, row.action, row.before, row.after, row.warnings]));
  return hash.digest('hex');
}

/* Population: one stored figure per region and year. */

export interface StoredPopulation {
  residents: number;
  source: string;
  sourceStatus: string;
}

/** SCB's own table is the primary source of the figure. */
export const IMPORTED_SOURCE_STATUS: PopulationRow['sourceStatus'] = 'verified';

export function planPopulation(observations: readonly PopulationObservation[], stored: ReadonlyMap<string, StoredPopulation>, source: string): Plan {
  const rows = observations.map((observation): PlanRow => {
    const current = stored.get(`${observation.regionCode}:${observation.year}`) ?? null;
    const after = { residents: observation.residents, source, sourceStatus: IMPORTED_SOURCE_STATUS };
    const before = current ? { residents: current.residents, source: current.source, sourceStatus: current.sourceStatus } : null;
    const action: PlanAction = !current
      ? 'insert'
      : current.residents !== observation.residents
        ? 'change'
        : current.source !== source || current.sourceStatus !== IMPORTED_SOURCE_STATUS
          ? 'source_only'
          : 'unchanged';
    return { row: observation.row, column: observation.column, action, regionCode: observation.regionCode, period: String(observation.year), before, after, warnings: [] };
  });
  return { rows, issues: [] };
}

/* Staffing: the file's report for a region and date, against the one in review and the published one. */

export interface StoredStaffingForDate {
  /** The record in the workflow (draft, submitted, returned or approved), if any. */
  inReview: StoredStaffing | null;
  published: StoredStaffing | null;
}

/** The numbers of a staffing report, and the texts that describe them (where from, remarks). */
const STAFFING_NUMBERS = ['specialistsHeadcount', 'specialistsFte', 'traineesHeadcount', 'traineesFte', 'residentsWithNamedContact'] as const;
const STAFFING_TEXTS = ['source', 'comment', 'plausibilityExplanation'] as const;
const STAFFING_FIGURES = [...STAFFING_NUMBERS, ...STAFFING_TEXTS] as const;

type StoredStaffing = Pick<StaffingReport, 'id' | 'version' | 'status' | (typeof STAFFING_FIGURES)[number]>;

function staffingFigures(record: Omit<StoredStaffing, 'id' | 'version' | 'status'>): Record<string, string | number | null> {
  return Object.fromEntries(STAFFING_FIGURES.map((key) => [key, record[key]]));
}

const same = (keys: readonly string[], a: Record<string, unknown>, b: Record<string, unknown>) => keys.every((key) => a[key] === b[key]);

function staffingAction(before: Record<string, unknown> | null, after: Record<string, unknown>): PlanAction {
  if (!before) return 'insert';
  if (!same(STAFFING_NUMBERS, before, after)) return 'change';
  return same(STAFFING_TEXTS, before, after) ? 'unchanged' : 'source_only';
}

/**
 * A region's own record in progress (draft, submitted or returned) is the region's work: the import
 * does not overwrite it but names the row. An approved one (often a previous import) is changed in
 * place; otherwise the file's report is added as approved, to be published like any other.
 */
export function planStaffing(
  entries: readonly StaffingTemplateRow[],
  stored: ReadonlyMap<string, StoredStaffingForDate>,
  warningsFor: (entry: StaffingTemplateRow) => string[],
): Plan {
  const plan: Plan = { rows: [], issues: [] };
  for (const entry of entries) {
    const current = stored.get(`${entry.regionCode}:${entry.referenceDate}`) ?? { inReview: null, published: null };
    const warnings = warningsFor(entry);
    if (current.inReview && current.inReview.status !== 'approved') {
      plan.issues.push({ row: entry.row, column: 'referensdatum', code: 'region_record_in_progress', values: { value: `${entry.regionCode} ${entry.referenceDate}`, status: current.inReview.status } });
      continue;
    }
    if (warnings.length > 0 && !entry.plausibilityExplanation) {
      plan.issues.push({ row: entry.row, column: 'forklaring', code: 'needs_explanation', values: { value: warnings.join(', ') } });
      continue;
    }
    const after = staffingFigures({ ...entry, plausibilityExplanation: warnings.length > 0 ? entry.plausibilityExplanation : null });
    const base = current.inReview ?? current.published;
    const before = base ? staffingFigures(base) : null;
    const action = staffingAction(before, after);
    plan.rows.push({ row: entry.row, column: null, action, regionCode: entry.regionCode, period: entry.referenceDate, before, after, warnings });
  }
  return plan;
}
