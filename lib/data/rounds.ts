import 'server-only';
import { getConnection } from '@/lib/db/client';
import { followUpRounds, staffingReports } from '@/lib/db/schema';
import { reportingState, roundsForReporting, standingsInRound, type ReportingState, type ReportStatus } from '@/lib/domain/rounds';
import type { FollowUpRound, Region } from '@/lib/db/schema';
import { todayInSweden } from '@/lib/i18n/format';
import { publicRead } from './guard';
import { loadPublishedRecord } from './published-record';

export type RoundState = {
  regionCode: string;
  referenceDate: string;
  state: ReportingState;
  /** The Swedish day the report was last sent in, to judge lateness. */
  submittedOn: string | null;
};

/**
 * Which state each region's staffing report is in, per reference date: the public reporting-status
 * board. By design the *state* of a report is public (who has reported, who is late) while its
 * figures stay private until published — so only the state and the day it was sent leave this
 * function, never a value.
 */
export const listReportingStates = publicRead(async (): Promise<RoundState[]> => {
  const rows = await getConnection()
    .db.select({ regionCode: staffingReports.regionCode, referenceDate: staffingReports.referenceDate, status: staffingReports.status, submittedAt: staffingReports.submittedAt })
    .from(staffingReports);
  const byKey = new Map<string, { regionCode: string; referenceDate: string; reports: ReportStatus[] }>();
  for (const row of rows) {
    const key = `${row.regionCode}|${row.referenceDate}`;
    const entry = byKey.get(key) ?? { regionCode: row.regionCode, referenceDate: row.referenceDate, reports: [] };
    entry.reports.push({ status: row.status, submittedOn: row.submittedAt ? todayInSweden(row.submittedAt) : null });
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ regionCode, referenceDate, reports }) => ({ regionCode, referenceDate, ...reportingState(reports) }));
});

export interface RoundBoard {
  round: FollowUpRound;
  standings: { region: Region; state: ReportingState; daysLate: number | null }[];
}

/** The public reporting-status board: every round, newest first, with each region's state and lateness. */
export const reportingStatusBoard = publicRead(async (): Promise<RoundBoard[]> => {
  const [record, states] = await Promise.all([loadPublishedRecord(), listReportingStates()]);
  const today = todayInSweden();
  return [...record.rounds].reverse().map((round) => ({ round, standings: standingsInRound(round, record.regions, states, today) }));
});

type RoundDatesNamed = Pick<FollowUpRound, 'id' | 'name' | 'referenceDate' | 'opensOn' | 'closesOn'>;
export type ReportingRounds = ReturnType<typeof roundsForReporting<RoundDatesNamed>>;

/**
 * The rounds a staffing report can be sent in for today, and the next to open: what the staffing form
 * shows before anything is typed. Rounds and their dates are public (the status board shows them);
 * read from the table, not the published snapshot, so a round opened a moment ago is named at once.
 */
export const reportingRounds = publicRead(async (): Promise<ReportingRounds> => {
  const rounds = await getConnection()
    .db.select({ id: followUpRounds.id, name: followUpRounds.name, referenceDate: followUpRounds.referenceDate, opensOn: followUpRounds.opensOn, closesOn: followUpRounds.closesOn })
    .from(followUpRounds);
  return roundsForReporting(rounds, todayInSweden());
});
