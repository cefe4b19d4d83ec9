/**
 * Dates known only in part. Many decisions are public only as "June 2022" or "2023", and some only as
 * "no later than" the report that mentions them. They are stored as the first day of their period with
 * a precision, and compared by the last day they could have been: a decision "June 2022" is certainly
 * in force on 2022-07-01 but not certainly on 2022-06-15, so it is never shown before it surely existed.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** ISO date of the first day of the period, e.g. "2022-06-01" for June 2022. */
  date: string;
  precision: DatePrecision;
  /** True when the source only shows it happened no later than this period ("senast juni 2022"). */
  isUpperBound: boolean;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "2022-06-15", "2022-06" or "2022" into a normalised PartialDate, or null if invalid. */
export function parsePartialDate(text: string, isUpperBound = false): PartialDate | null {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) {
    return isValidIsoDate(`${trimmed}-01-01`) ? { date: `${trimmed}-01-01`, precision: 'year', isUpperBound } : null;
  }
  if (/^\d{4}-\d{2}$/.test(trimmed)) {
    return isValidIsoDate(`${trimmed}-01`) ? { date: `${trimmed}-01`, precision: 'month', isUpperBound } : null;
  }
  return isValidIsoDate(trimmed) ? { date: trimmed, precision: 'day', isUpperBound } : null;
}

export function isValidIsoDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utcDate(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** The last day the event could have happened on, as an ISO date. */
export function latestPossibleDay(partial: PartialDate): string {
  const [year, month] = partial.date.split('-').map(Number) as [number, number];
  switch (partial.precision) {
    case 'day':
      return partial.date;
    case 'month':
      return `${partial.date.slice(0, 8)}${String(utcDate(year, month, 0).getUTCDate()).padStart(2, '0')}`;
    case 'year':
      return `${year}-12-31`;
  }
}

/** True when the event certainly happened on or before `isoDay`. */
export function certainlyOnOrBefore(partial: PartialDate, isoDay: string): boolean {
  return latestPossibleDay(partial) <= isoDay;
}
