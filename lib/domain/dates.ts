/** Whole days between ISO dates, for the time slider: the slider's value is a day number. */

const DAY = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The same day `months` calendar months later (earlier when negative); a day the target month lacks
 * becomes its last day (2024-01-31 + 1 month = 2024-02-29). Twelve months make a year.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const last = new Date(0);
  last.setUTCFullYear(targetYear, targetMonth, 0);
  const targetDay = Math.min(day, last.getUTCDate());
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/** An ISO date kept inside [first, last]. */
export function clampDate(date: string, first: string, last: string): string {
  return date < first ? first : date > last ? last : date;
}
