import { describe, expect, it } from 'vitest';

import type { PartialDate } from '@/lib/domain/partial-date';
import { formatDateTime, formatNumber, formatPartialDate, startOfTodayInSweden, todayInSweden } from '@/lib/i18n/format';

const NBSP = '\u00a0';

describe('formatting numbers', () => {
  it('writes 1 100 in Swedish with a non-breaking space between thousands', () => {
    expect(formatNumber(1100, 'sv')).toBe('1\u00a0100');
  });

  it('groups every three digits in large Swedish numbers', () => {
    expect(formatNumber(10_551_707, 'sv')).toBe(`10${NBSP}551${NBSP}707`);
  });

  it('writes Swedish fractions with a decimal comma', () => {
    expect(formatNumber(1356.2, 'sv', 1)).toBe(`1${NBSP}356,2`);
    expect(formatNumber(2.5, 'sv', 1)).toBe('2,5');
  });

  it('writes 1,100 in English with a comma between thousands and a decimal point', () => {
    expect(formatNumber(1100, 'en')).toBe('1,100');
    expect(formatNumber(1356.2, 'en', 1)).toBe('1,356.2');
  });

  it('rounds to whole numbers unless more digits are asked for', () => {
    expect(formatNumber(1356.6, 'sv')).toBe(`1${NBSP}357`);
    expect(formatNumber(1356.24, 'sv', 1)).toBe(`1${NBSP}356,2`);
  });

  it('does not add trailing zeros to whole numbers when decimals are allowed', () => {
    expect(formatNumber(1100, 'sv', 1)).toBe(`1${NBSP}100`);
    expect(formatNumber(1100, 'en', 2)).toBe('1,100');
  });
});

describe('formatting a partly known date', () => {
  const june2022: PartialDate = { date: '2022-06-01', precision: 'month', isUpperBound: false };

  it('writes a month as "juni 2022" in Swedish and "June 2022" in English, with no invented day', () => {
    expect(formatPartialDate(june2022, 'sv', 'senast')).toBe('juni 2022');
    expect(formatPartialDate(june2022, 'en', 'by')).toBe('June 2022');
  });

  it('writes "senast juni 2022" when the source only says it happened no later than June 2022', () => {
    expect(formatPartialDate({ ...june2022, isUpperBound: true }, 'sv', 'senast')).toBe('senast juni 2022');
    expect(formatPartialDate({ ...june2022, isUpperBound: true }, 'en', 'by')).toBe('by June 2022');
  });

  it('writes a year as just the year', () => {
    const year2023: PartialDate = { date: '2023-01-01', precision: 'year', isUpperBound: false };
    expect(formatPartialDate(year2023, 'sv', 'senast')).toBe('2023');
    expect(formatPartialDate({ ...year2023, isUpperBound: true }, 'sv', 'senast')).toBe('senast 2023');
  });

  it('writes a full date in ISO form in both languages', () => {
    const day: PartialDate = { date: '2022-06-15', precision: 'day', isUpperBound: false };
    expect(formatPartialDate(day, 'sv', 'senast')).toBe('2022-06-15');
    expect(formatPartialDate(day, 'en', 'by')).toBe('2022-06-15');
  });

  it('names January and December correctly (no shift across a time zone)', () => {
    expect(formatPartialDate({ date: '2023-01-01', precision: 'month', isUpperBound: false }, 'sv', 'senast')).toBe(
      'januari 2023',
    );
    expect(formatPartialDate({ date: '2022-12-01', precision: 'month', isUpperBound: false }, 'en', 'by')).toBe(
      'December 2022',
    );
  });
});

describe("today's date in Sweden", () => {
  it('is already 1 July at 23:30 UTC on 30 June, since Stockholm is UTC+2 in summer', () => {
    expect(todayInSweden(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('is still 30 June at 21:59 UTC on 30 June', () => {
    expect(todayInSweden(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('turns at 23:00 UTC in winter, when Stockholm is UTC+1', () => {
    expect(todayInSweden(new Date('2026-01-15T22:59:00Z'))).toBe('2026-01-15');
    expect(todayInSweden(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
  });

  it('is an ISO date', () => {
    expect(todayInSweden()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the start of today in Sweden', () => {
  it('is local midnight in summer (UTC+2) and in winter (UTC+1)', () => {
    expect(startOfTodayInSweden(new Date('2026-06-30T23:30:00Z')).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfTodayInSweden(new Date('2026-01-15T12:00:00Z')).toISOString()).toBe('2026-01-14T23:00:00.000Z');
  });
});

describe('a moment in time', () => {
  it('is written in ISO form on a Swedish clock, the same in both languages', () => {
    expect(formatDateTime('2026-12-01T13:33:00Z')).toBe('2026-12-01 14:33');
    expect(formatDateTime(new Date('2026-06-30T22:05:00Z'))).toBe('2026-07-01 00:05');
  });
});
