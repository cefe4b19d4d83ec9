import type { Decision, StaffingReport } from '@/lib/db/schema';
import type { PlausibilityWarning } from '@/lib/domain/plausibility';
import type { WorkflowStatus } from '@/lib/domain/workflow';
import type { Failure, Result } from './guard';

/**
 * What a region's editors get back from their records' functions (lib/data/own-records.ts,
 * decisions.ts, staffing-reports.ts): every one scopes every read and write to the editor's region.
 */

export type { Decision, StaffingReport } from '@/lib/db/schema';
export type { WorkflowStatus } from '@/lib/domain/workflow';

type EntryProblem =
  | { kind: 'not_found' }
  | { kind: 'read_only'; status: WorkflowStatus }
  | { kind: 'conflict'; current: Record<string, unknown>; changedBy: string | null; changedAt: string }
  | { kind: 'needs_explanation'; warnings: PlausibilityWarning[] }
  /** A staffing report is sent in within a follow-up round for its date: there is none, or it has not opened. */
  | { kind: 'no_round' }
  | { kind: 'round_not_open'; opensOn: string };

export type EntryFailure = Failure<EntryProblem>;
export type EntryResult = Result<{ id: number; version: number }, EntryProblem>;

export interface OwnRecords {
  regionCode: string;
  decisions: Decision[];
  reports: StaffingReport[];
}

export interface HistoryEntry {
  at: string;
  action: string;
  who: string | null;
}

export interface OwnRecord<R> {
  record: R;
  history: HistoryEntry[];
}
