import { describe, expect, it } from 'vitest';
import { addDays, addMonths, clampDate, daysBetween } from './dates';

describe('slider days', () => {
  it('counts whole days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2022-04-28', '2022-07-01')).toBe(64);
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
    expect(addDays('2022-04-28', 64)).toBe('2022-07-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('round-trips every day of a range', () => {
    for (let day = 0; day <= 1000; day += 37) expect(daysBetween('2022-04-28', addDays('2022-04-28', day))).toBe(day);
  });
});

describe('a month or a year on (Page Up / Page Down on the slider)', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2022-07-01', 1)).toBe('2022-08-01');
    expect(addMonths('2022-07-01', -1)).toBe('2022-06-01');
    expect(addMonths('2022-04-28', 12)).toBe('2023-04-28');
    expect(addMonths('2023-04-28', -12)).toBe('2022-04-28');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2022-12-15', 1)).toBe('2023-01-15');
    expect(addMonths('2023-01-15', -1)).toBe('2022-12-15');
    expect(addMonths('2023-01-15', -13)).toBe('2021-12-15');
    expect(addMonths('2023-01-15', 0)).toBe('2023-01-15');
  });

  it('ends on the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2022-08-31', 1)).toBe('2022-09-30');
  });

  it('is kept inside the slider’s range', () => {
    expect(clampDate(addMonths('2022-05-15', -1), '2022-04-28', '2026-11-24')).toBe('2022-04-28');
    expect(clampDate(addMonths('2026-11-01', 1), '2022-04-28', '2026-11-24')).toBe('2026-11-24');
    expect(clampDate('2024-01-01', '2022-04-28', '2026-11-24')).toBe('2024-01-01');
  });
});
