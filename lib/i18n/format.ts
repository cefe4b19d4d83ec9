import type { PartialDate } from '@/lib/domain/partial-date';

/**
 * Number and date formatting for both languages. Swedish uses a space as thousands separator and a
 * decimal comma ("1 100", "2,5"); dates are ISO ("2022-04-28") and partial dates are written as far
 * as they are known ("juni 2022", "2023"), never with an invented day.
 */

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'sv-SE');

export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits, minimumFractionDigits: 0 }).format(value);
}

export function formatPartialDate(partial: PartialDate, locale: string, byWord: string): string {
  const [year, month] = partial.date.split('-').map(Number) as [number, number];
  let text: string;
  switch (partial.precision) {
    case 'day':
      text = partial.date;
      break;
    case 'month':
      text = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, 1)),
      );
      break;
    case 'year':
      text = String(year);
      break;
  }
  return partial.isUpperBound ? `${byWord} ${text}` : text;
}

/** Today's date in Sweden as an ISO date: the default "as of" day for public views. */
export function todayInSweden(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

type ClockPart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** A moment's date and time as a clock in Sweden shows them, each part as two (the year four) digits. */
function swedishClock(moment: Date): Record<ClockPart, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  ) as Record<ClockPart, string>;
}

/** The instant today began in Sweden (midnight Europe/Stockholm), whatever the server's time zone. */
export function startOfTodayInSweden(now: Date = new Date()): Date {
  const clock = swedishClock(now);
  const year = Number(clock.year);
  const month = Number(clock.month) - 1;
  const day = Number(clock.day);
  const localAsUtc = Date.UTC(year, month, day, Number(clock.hour), Number(clock.minute), Number(clock.second));
  const offset = localAsUtc - Math.floor(now.getTime() / 1000) * 1000;
  return new Date(Date.UTC(year, month, day) - offset);
}

/**
 * A moment as a Swedish clock shows it, in ISO form in both languages like every other date:
 * "2026-11-30 14:05".
 */
export function formatDateTime(iso: string | Date): string {
  const clock = swedishClock(new Date(iso));
  return `${clock.year}-${clock.month}-${clock.day} ${clock.hour}:${clock.minute}`;
}

/** A share (0–1) as a whole percent, its number and sign kept together ("48 %", "48%"). */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
