import 'server-only';
import type { FollowUpRound } from '@/lib/db/schema';
import { reportingState, roundClosed, submissionTiming, type ReportingState, type SubmissionTiming } from '@/lib/domain/rounds';
import { todayInSweden } from '@/lib/i18n/format';
import { getDashboardData, type PublicRows } from './dashboard';
import { publicRead } from './guard';
import { loadPublishedRecord } from './published-record';
import { listReportingStates } from './rounds';

type RoundSummary = Pick<FollowUpRound, 'id' | 'name' | 'referenceDate' | 'opensOn' | 'closesOn'>;

const summary = ({ id, name, referenceDate, opensOn, closesOn }: FollowUpRound): RoundSummary => ({ id, name, referenceDate, opensOn, closesOn });

/** The rounds whose last day has passed, newest first: each has a national report. */
export const listClosedRounds = publicRead(async (): Promise<RoundSummary[]> => {
  const record = await loadPublishedRecord();
  const today = todayInSweden();
  return [...record.rounds].reverse().filter((round) => roundClosed(round, today)).map(summary);
});

export interface RoundReport {
  round: RoundSummary;
  /** The published record with only the staffing reports for the round's reference date. */
  data: PublicRows;
  /** Every region's reporting state in the round and when it sent in, in the regions' order. */
  standings: { regionCode: string; state: ReportingState; timing: SubmissionTiming }[];
}

/**
 * The national report of one closed round, found by its reference date (unique per round): the
 * published figures for that date only, and each region's state and lateness, which are public by
 * design. Null for anything that is not a closed round's date — the address is compared, never queried.
 */
export const getRoundReport = publicRead(async (referenceDate: string): Promise<RoundReport | null> => {
  const [record, data, states] = await Promise.all([loadPublishedRecord(), getDashboardData(), listReportingStates()]);
  const round = record.rounds.find((r) => r.referenceDate === referenceDate);
  if (!round || !roundClosed(round, data.today)) return null;
  const reports = data.reports.filter((r) => r.referenceDate === round.referenceDate);
  const standings = data.regions.map(({ code }) => {
    const found = states.find((s) => s.regionCode === code && s.referenceDate === round.referenceDate);
    const standing = found ?? reportingState([]);
    return { regionCode: code, state: standing.state, timing: submissionTiming(standing, round) };
  });
  return { round: summary(round), data: { ...data, reports, containsExampleData: reports.some((r) => r.isExample) }, standings };
});
