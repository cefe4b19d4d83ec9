import { describe, expect, it } from 'vitest';

import { latestPopulation, type PopulationFigure, populationForDate } from '@/lib/domain/population';

const figures: PopulationFigure[] = [
  { year: 2021, residents: 60_100 },
  { year: 2022, residents: 60_600 },
  { year: 2023, residents: 61_029 },
];

describe('the population to divide by on a reference date', () => {
  it('on 31 December uses the year-end figure of that same year', () => {
    expect(populationForDate(figures, '2023-12-31')).toEqual({ year: 2023, residents: 61_029 });
  });

  it('in mid-year uses the previous year-end figure', () => {
    expect(populationForDate(figures, '2023-06-30')).toEqual({ year: 2022, residents: 60_600 });
  });

  it('on 1 January uses the year that has just ended', () => {
    expect(populationForDate(figures, '2024-01-01')).toEqual({ year: 2023, residents: 61_029 });
    expect(populationForDate(figures, '2023-01-01')).toEqual({ year: 2022, residents: 60_600 });
  });

  it('falls back to the latest earlier year when the expected year is not yet known', () => {
    // 2024-06-30 would use 2023; only 2020 and 2021 are known
    const older = [
      { year: 2020, residents: 59_700 },
      { year: 2021, residents: 60_100 },
    ];
    expect(populationForDate(older, '2024-06-30')).toEqual({ year: 2021, residents: 60_100 });
  });

  it('skips over a missing year to an earlier one', () => {
    const withHole = [
      { year: 2019, residents: 59_000 },
      { year: 2022, residents: 60_600 },
    ];
    expect(populationForDate(withHole, '2022-06-30')).toEqual({ year: 2019, residents: 59_000 });
  });

  it('does not divide by a population more than two years older than the due year', () => {
    // 2024-12-31 is due the 2024 figure: 2022 is usable, 2021 is not
    expect(populationForDate([{ year: 2022, residents: 60_600 }], '2024-12-31')?.year).toBe(2022);
    expect(populationForDate([{ year: 2021, residents: 60_100 }], '2024-12-31')).toBeNull();
  });

  it('never uses a year that had not ended by the date', () => {
    expect(populationForDate([{ year: 2025, residents: 62_000 }], '2024-12-31')).toBeNull();
    expect(populationForDate([{ year: 2023, residents: 61_029 }], '2023-12-30')).toBeNull();
  });

  it('is nothing when no earlier year is known', () => {
    expect(populationForDate([{ year: 2023, residents: 61_029 }], '2023-06-30')).toBeNull();
    expect(populationForDate([], '2023-06-30')).toBeNull();
  });

  it('does not depend on the order of the figures', () => {
    const shuffled = [figures[2], figures[0], figures[1]].filter((f): f is PopulationFigure => f !== undefined);
    expect(populationForDate(shuffled, '2023-12-31')?.year).toBe(2023);
    expect(populationForDate(shuffled, '2023-06-30')?.year).toBe(2022);
  });

  it('returns the figure with its source so the caller can say which year it used', () => {
    const withSource = [
      { year: 2022, residents: 60_600, source: 'SCB 2023-02-22' },
      { year: 2023, residents: 61_029, source: 'SCB 2024-02-21' },
    ];
    expect(populationForDate(withSource, '2024-06-30')).toEqual({
      year: 2023,
      residents: 61_029,
      source: 'SCB 2024-02-21',
    });
  });
});

describe('the latest population known', () => {
  it('is the figure of the most recent year, whatever the order', () => {
    const shuffled = [
      { year: 2022, residents: 60_600 },
      { year: 2024, residents: 61_300 },
      { year: 2023, residents: 61_029 },
    ];
    expect(latestPopulation(shuffled)).toEqual({ year: 2024, residents: 61_300 });
  });

  it('is nothing when no figure is known', () => {
    expect(latestPopulation([])).toBeNull();
  });
});
