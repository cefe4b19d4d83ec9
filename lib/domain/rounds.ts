/**
 * Where a region stands in a follow-up round, and how late it is. A round asks for staffing on its
 * reference date, reported between its opening and closing dates; reporting late is allowed, and marked.
 */

export type ReportingState = 'not_started' | 'draft' | 'submitted' | 'returned' | 'approved' | 'published';

export interface RoundDates {
  referenceDate: string;
  opensOn: string;
  closesOn: string;
}

/** One report's status for a region and date, and the Swedish day it was last submitted. */
export interface ReportStatus {
  status: 'draft' | 'submitted' | 'returned' | 'approved' | 'published' | 'superseded';
  submittedOn: string | null;
}

const DAY_MS = 86_400_000;
const daysAfter = (later: string, earlier: string) => Math.round((Date.parse(later) - Date.parse(earlier)) / DAY_MS);

/**
 * A region's state from its reports for the round's date: published as soon as any version is (a
 * correction in review does not undo that), otherwise the report in progress, or not started.
 */
export function reportingState(reports: readonly ReportStatus[]): { state: ReportingState; submittedOn: string | null } {
  const published = reports.find((r) => r.status === 'published');
  if (published) return { state: 'published', submittedOn: published.submittedOn };
  const current = reports.find((r) => r.status !== 'superseded');
  return current ? { state: current.status as ReportingState, submittedOn: current.submittedOn } : { state: 'not_started', submittedOn: null };
}

/**
 * Days past the closing date: for a report sent in, how late it came (null when on time); for one not
 * yet sent in (not started, draft, returned), how long it has been overdue today (null before then).
 */
export function daysLate(standing: { state: ReportingState; submittedOn: string | null }, round: RoundDates, today: string): number | null {
  const waiting = standing.state === 'not_started' || standing.state === 'draft' || standing.state === 'returned';
  const day = waiting ? today : standing.submittedOn;
  if (day === null || day <= round.closesOn) return null;
  return daysAfter(day, round.closesOn);
}

/** Whether a report for `referenceDate` may be sent in today, and if not, why. */
export function submissionWindow(round: RoundDates | undefined, today: string): { open: true; late: boolean } | { open: false; reason: 'no_round' | 'round_not_open'; opensOn?: string } {
  if (!round) return { open: false, reason: 'no_round' };
  if (today < round.opensOn) return { open: false, reason: 'round_not_open', opensOn: round.opensOn };
  return { open: true, late: today > round.closesOn };
}

/** Every region's standing in one round: its state and how late it is, in the regions' order. */
export function standingsInRound<R extends { code: string }>(
  round: RoundDates,
  regions: readonly R[],
  states: readonly { regionCode: string; referenceDate: string; state: ReportingState; submittedOn: string | null }[],
  today: string,
): { region: R; state: ReportingState; daysLate: number | null }[] {
  return regions.map((region) => {
    const standing = states.find((s) => s.regionCode === region.code && s.referenceDate === round.referenceDate) ?? { state: 'not_started' as const, submittedOn: null };
    return { region, state: standing.state, daysLate: daysLate(standing, round, today) };
  });
}

/** Whether a round's last day to report has passed (in Sweden): only then is its report published. */
export function roundClosed(round: RoundDates, today: string): boolean {
  return today > round.closesOn;
}

/**
 * When a region sent in its report for a round, judged against the round's last day: on time, late (by
 * so many days), not sent in at all, or sent in with no day on record (a report imported or entered by
 * Socialstyrelsen) — never guessed to be on time.
 */
export type SubmissionTiming =
  | { kind: 'on_time'; submittedOn: string }
  | { kind: 'late'; submittedOn: string; daysLate: number }
  | { kind: 'not_sent_in' }
  | { kind: 'date_unknown' };

export function submissionTiming(standing: { state: ReportingState; submittedOn: string | null }, round: RoundDates): SubmissionTiming {
  if (standing.state === 'not_started' || standing.state === 'draft' || standing.state === 'returned') return { kind: 'not_sent_in' };
  if (standing.submittedOn === null) return { kind: 'date_unknown' };
  const late = daysLate(standing, round, standing.submittedOn);
  return late === null ? { kind: 'on_time', submittedOn: standing.submittedOn } : { kind: 'late', submittedOn: standing.submittedOn, daysLate: late };
}

/**
 * The rounds a staffing report can be sent in for today, as the form tells the editor before anything
 * is typed: those open now (opened, last day not passed), those still taking late reports (last day
 * passed), newest first, and the next to open, if one is known. Follows `submissionWindow`.
 */
export function roundsForReporting<R extends RoundDates>(rounds: readonly R[], today: string): { open: R[]; late: R[]; next: R | null } {
  const opened = rounds.filter((round) => submissionWindow(round, today).open).sort((a, b) => b.referenceDate.localeCompare(a.referenceDate));
  const upcoming = rounds.filter((round) => round.opensOn > today).sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  return { open: opened.filter((round) => today <= round.closesOn), late: opened.filter((round) => today > round.closesOn), next: upcoming[0] ?? null };
}
