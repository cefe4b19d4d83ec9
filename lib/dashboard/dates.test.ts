import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './dates';

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
