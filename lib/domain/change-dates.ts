import { latestPossibleDay, type PartialDate } from './partial-date';

/**
 * The days on which the published record changes what a view "as of a day" shows, for stepping from
 * one change to the next. A decision changes the views on the last day it could have been taken —
 * the day it takes force everywhere (decisionInForce): "augusti 2022" on 2022-08-31. A staffing report
 * (or a sourced share with a named fast läkarkontakt) changes them on its reference date.
 */
export function changeDates(
  decisions: readonly { decidedOn: PartialDate }[],
  reports: readonly { referenceDate: string }[],
): string[] {
  const days = new Set<string>();
  for (const decision of decisions) days.add(latestPossibleDay(decision.decidedOn));
  for (const report of reports) days.add(report.referenceDate);
  return [...days].sort();
}

/** The latest change day strictly before `from`, or null when there is none. */
export function previousChange(days: readonly string[], from: string): string | null {
  let found: string | null = null;
  for (const day of days) if (day < from && (found === null || day > found)) found = day;
  return found;
}

/** The earliest change day strictly after `from`, or null when there is none. */
export function nextChange(days: readonly string[], from: string): string | null {
  let found: string | null = null;
  for (const day of days) if (day > from && (found === null || day < found)) found = day;
  return found;
}
