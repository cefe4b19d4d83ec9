import 'server-only';
import { and, eq } from 'drizzle-orm';
import { decisions, staffingReports } from '@/lib/db/schema';
import type { Tx } from './transaction';

/**
 * Writes to a region's records, typed from each table's own insert type. Decisions and staffing
 * reports share their workflow columns (lib/db/schema/workflow-columns.ts); a write names its table
 * by entity, so each statement is checked against that table's columns.
 */

export type RecordEntity = 'decision' | 'staffing_report';
export const tableOf = (entity: RecordEntity) => (entity === 'decision' ? decisions : staffingReports);

type DecisionInsert = typeof decisions.$inferInsert;
type StaffingInsert = typeof staffingReports.$inferInsert;

/** Set by the workflow, never by what a region enters. */
type WorkflowOwned = 'id' | 'regionCode' | 'status' | 'version' | 'isExample' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt' | 'submittedAt' | 'reviewedBy' | 'reviewedAt' | 'reviewComment' | 'publishedAt';

/** What a region enters for a record, per table. */
export type RecordValues = { entity: 'decision'; values: Omit<DecisionInsert, WorkflowOwned> } | { entity: 'staffing_report'; values: Omit<StaffingInsert, WorkflowOwned> };

/** The workflow columns, the same in both tables. */
export type WorkflowChange = Partial<Pick<DecisionInsert, Exclude<WorkflowOwned, 'id' | 'regionCode' | 'isExample' | 'createdAt'> | 'plausibilityWarnings' | 'plausibilityExplanation'>>;

type Owner = { regionCode: string; createdBy: string; updatedBy: string };

/** Inserts a region's new draft record. */
export async function insertRecord(tx: Tx, record: RecordValues, owner: Owner): Promise<{ id: number; version: number } | undefined> {
  const draft = { ...owner, status: 'draft' as const, version: 1 };
  const [created] =
    record.entity === 'decision'
      ? await tx.insert(decisions).values({ ...record.values, ...draft }).returning({ id: decisions.id, version: decisions.version })
      : await tx.insert(staffingReports).values({ ...record.values, ...draft }).returning({ id: staffingReports.id, version: staffingReports.version });
  return created;
}

/**
 * Changes a record if it is still at `version`, moving it to the next version; `values` are what a
 * region entered (an edit), `change` the workflow's own columns. Undefined when someone got there first.
 */
export async function updateRecord(tx: Tx, target: { entity: RecordEntity; id: number; version: number }, change: WorkflowChange, values?: RecordValues): Promise<{ id: number; version: number } | undefined> {
  const set = { ...change, version: target.version + 1 };
  if (target.entity === 'decision') {
    const entered = values?.entity === 'decision' ? values.values : {};
    const [updated] = await tx
      .update(decisions)
      .set({ ...entered, ...set })
      .where(and(eq(decisions.id, target.id), eq(decisions.version, target.version)))
      .returning({ id: decisions.id, version: decisions.version });
    return updated;
  }
  const entered = values?.entity === 'staffing_report' ? values.values : {};
  const [updated] = await tx
    .update(staffingReports)
    .set({ ...entered, ...set })
    .where(and(eq(staffingReports.id, target.id), eq(staffingReports.version, target.version)))
    .returning({ id: staffingReports.id, version: staffingReports.version });
  return updated;
}
