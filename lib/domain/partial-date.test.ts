import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  certainlyOnOrBefore,
  isValidIsoDate,
  latestPossibleDay,
  type PartialDate,
  parsePartialDate,
} from '@/lib/domain/partial-date';

const day = (date: string): PartialDate => ({ date, precision: 'day', isUpperBound: false });
const month = (yearMonth: string): PartialDate => ({ date: `${yearMonth}-01`, precision: 'month', isUpperBound: false });
const year = (y: string): PartialDate => ({ date: `${y}-01-01`, precision: 'year', isUpperBound: false });

describe('parsing a partly known date', () => {
  it('reads a full date as day precision', () => {
    expect(parsePartialDate('2022-06-15')).toEqual({ date: '2022-06-15', precision: 'day', isUpperBound: false });
  });

  it('reads "2022-06" as June 2022, stored as its first day', () => {
    expect(parsePartialDate('2022-06')).toEqual({ date: '2022-06-01', precision: 'month', isUpperBound: false });
  });

  it('reads "2023" as the year 2023, stored as 1 January', () => {
    expect(parsePartialDate('2023')).toEqual({ date: '2023-01-01', precision: 'year', isUpperBound: false });
  });

  it('ignores surrounding spaces', () => {
    expect(parsePartialDate('  2022-06 ')).toEqual({ date: '2022-06-01', precision: 'month', isUpperBound: false });
  });

  it('keeps the "no later than" flag when the source only gives an upper bound', () => {
    expect(parsePartialDate('2022-06', true)).toEqual({ date: '2022-06-01', precision: 'month', isUpperBound: true });
    expect(parsePartialDate('2022-09-28', true)?.isUpperBound).toBe(true);
  });

  it.each(['2022-02-30', '2023-02-29', '2022-04-31', '2022-13', '2022-00', '2022-06-00', '2022-06-32'])(
    'rejects the impossible date %s',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );

  it.each(['', 'juni 2022', '2022-6', '2022-6-1', '22-06-15', '2022/06/15', '15-06-2022', '2022-06-15T00:00'])(
    'rejects the malformed text %j',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ date: '2024-02-29', precision: 'day', isUpperBound: false });
  });
});

describe('validating an ISO date', () => {
  it('accepts real calendar days', () => {
    expect(isValidIsoDate('2022-04-28')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects days that do not exist, including 29 February outside leap years', () => {
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2022-02-30')).toBe(false);
    expect(isValidIsoDate('2022-13-01')).toBe(false);
  });

  it('rejects anything that is not YYYY-MM-DD', () => {
    expect(isValidIsoDate('2022-4-28')).toBe(false);
    expect(isValidIsoDate('2022-06')).toBe(false);
    expect(isValidIsoDate('28/04/2022')).toBe(false);
  });
});

describe('the last day a partly known date could have been', () => {
  it('is the day itself for a full date', () => {
    expect(latestPossibleDay(day('2022-04-28'))).toBe('2022-04-28');
  });

  it('is the last day of the month for a month: June 2022 → 2022-06-30', () => {
    expect(latestPossibleDay(month('2022-06'))).toBe('2022-06-30');
    expect(latestPossibleDay(month('2022-08'))).toBe('2022-08-31');
    expect(latestPossibleDay(month('2022-12'))).toBe('2022-12-31');
  });

  it('knows leap years: February 2024 ends on the 29th, February 2023 on the 28th', () => {
    expect(latestPossibleDay(month('2024-02'))).toBe('2024-02-29');
    expect(latestPossibleDay(month('2023-02'))).toBe('2023-02-28');
    expect(latestPossibleDay(month('2100-02'))).toBe('2100-02-28');
  });

  it('is 31 December for a year', () => {
    expect(latestPossibleDay(year('2023'))).toBe('2023-12-31');
  });

  it('for any date, the month and year it lies in end on or after it, in the same month and year', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const asMonth = parsePartialDate(iso.slice(0, 7));
          const asYear = parsePartialDate(iso.slice(0, 4));
          expect(asMonth).not.toBeNull();
          expect(asYear).not.toBeNull();
          if (!asMonth || !asYear) return;

          const endOfMonth = latestPossibleDay(asMonth);
          expect(isValidIsoDate(endOfMonth)).toBe(true);
          expect(endOfMonth >= iso).toBe(true);
          expect(endOfMonth.slice(0, 7)).toBe(iso.slice(0, 7));
          // it is the last day: the next day is in another month
          const next = new Date(Date.parse(`${endOfMonth}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          expect(next.slice(0, 7)).not.toBe(iso.slice(0, 7));

          const endOfYear = latestPossibleDay(asYear);
          expect(endOfYear >= iso).toBe(true);
          expect(endOfYear).toBe(`${iso.slice(0, 4)}-12-31`);

          expect(latestPossibleDay(day(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe('whether something certainly happened by a day', () => {
  it('June 2022 has not certainly happened by 2022-06-15', () => {
    expect(certainlyOnOrBefore(month('2022-06'), '2022-06-15')).toBe(false);
  });

  it('June 2022 has certainly happened by 2022-06-30 and by 2022-07-01', () => {
    expect(certainlyOnOrBefore(month('2022-06'), '2022-06-30')).toBe(true);
    expect(certainlyOnOrBefore(month('2022-06'), '2022-07-01')).toBe(true);
  });

  it('the year 2023 has not certainly happened by 2023-06-30, but has by 2024-01-01', () => {
    expect(certainlyOnOrBefore(year('2023'), '2023-06-30')).toBe(false);
    expect(certainlyOnOrBefore(year('2023'), '2024-01-01')).toBe(true);
  });

  it('a full date counts from that very day, not the day before', () => {
    expect(certainlyOnOrBefore(day('2022-04-28'), '2022-04-27')).toBe(false);
    expect(certainlyOnOrBefore(day('2022-04-28'), '2022-04-28')).toBe(true);
  });
});

describe('years before 100', () => {
  it('are treated as the years they are, not as 19xx', () => {
    expect(parsePartialDate('0050-06')).toEqual({ date: '0050-06-01', precision: 'month', isUpperBound: false });
    expect(latestPossibleDay({ date: '0050-02-01', precision: 'month', isUpperBound: false })).toBe('0050-02-28');
  });
});
