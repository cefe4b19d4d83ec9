import { describe, expect, it } from 'vitest';
import {
  COVERAGE_THRESHOLD,
  nationalAsOf,
  nationalIsExample,
  nationalSeries,
  nationalShareAt,
  nationalShown,
  nationalStaffingAt,
  type NationalRows,
} from './national';

const regions = [{ code: '01' }, { code: '09' }, { code: '25' }];
const population = [
  { regionCode: '01', year: 2024, residents: 800_000 },
  { regionCode: '09', year: 2024, residents: 60_000 },
  { regionCode: '25', year: 2024, residents: 140_000 },
];
const report = (regionCode: string, referenceDate: string, specialistsFte: number, residentsWithNamedContact: number | null = null) => ({
  regionCode,
  referenceDate,
  specialistsFte,
  traineesFte: 0,
  residentsWithNamedContact,
});
const rows = (staffing: NationalRows['staffing'], namedContactShares: NationalRows['namedContactShares'] = []): NationalRows => ({
  regions,
  population,
  staffing,
  namedContactShares,
});

describe('Riket for one reference date', () => {
  it('sums only the regions that reported for exactly that date, and says what they cover', () => {
    const point = nationalStaffingAt(rows([report('01', '2025-06-30', 400), report('09', '2025-06-30', 40), report('25', '2024-12-31', 100)]), '2025-06-30');
    expect(point.residentsPerDoctor).toEqual({ kind: 'value', value: 860_000 / 440 });
    expect(point.coverage).toMatchObject({ regions: ['01', '09'], totalRegions: 3, population: 860_000, totalPopulation: 1_000_000 });
    expect(point.coverage.populationShare).toBeCloseTo(0.86, 12);
    expect(point.coverage.complete).toBe(true);
  });

  it('is partial below the threshold of the population, whatever the number of regions', () => {
    expect(COVERAGE_THRESHOLD).toBe(0.8);
    const twoSmall = nationalStaffingAt(rows([report('09', '2025-06-30', 40), report('25', '2025-06-30', 100)]), '2025-06-30');
    expect(twoSmall.coverage.regions).toHaveLength(2);
    expect(twoSmall.coverage.populationShare).toBeCloseTo(0.2, 12);
    expect(twoSmall.coverage.complete).toBe(false);
  });

  it('gives the named-contact share as Σ named / Σ residents, from a report or a sourced percent', () => {
    const point = nationalShareAt(rows([report('09', '2024-12-31', 40, 30_000)], [{ regionCode: '01', referenceDate: '2024-12-31', sharePercent: 50 }, { regionCode: '25', referenceDate: '2024-12-31', sharePercent: null }]), '2024-12-31');
    expect(point.shareWithNamedContact).toEqual({ kind: 'value', value: (30_000 + 400_000) / 860_000 });
    expect(point.coverage.regions).toEqual(['01', '09']);
  });
});

describe('Riket as of a day', () => {
  it('does not move when one region reports a later date first: the later point is partial and the last complete one stays', () => {
    const data = rows([report('01', '2025-12-31', 400), report('09', '2025-12-31', 40), report('25', '2025-12-31', 100), report('09', '2026-06-30', 20)]);
    const { staffing } = nationalAsOf(data, '2026-11-30');
    expect(staffing.current?.date).toBe('2026-06-30');
    expect(staffing.current?.coverage.regions).toEqual(['09']);
    expect(staffing.current?.coverage.complete).toBe(false);
    expect(staffing.lastComplete?.date).toBe('2025-12-31');
    expect(staffing.lastComplete?.residentsPerDoctor).toEqual({ kind: 'value', value: 1_000_000 / 540 });
    expect(nationalSeries(data).staffing.map((p) => [p.date, p.coverage.complete])).toEqual([
      ['2025-12-31', true],
      ['2026-06-30', false],
    ]);
  });

  it('is nothing before any report', () => {
    expect(nationalAsOf(rows([report('01', '2025-12-31', 400)]), '2025-12-30').staffing).toEqual({ current: null, lastComplete: null });
  });
});

describe('Riket as the views show it', () => {
  const data = rows([report('01', '2025-12-31', 400), report('09', '2025-12-31', 40), report('25', '2025-12-31', 100), report('09', '2026-06-30', 20)]);

  it('is the last complete point, with a later partial one named apart', () => {
    const { staffing } = nationalAsOf(data, '2026-11-30');
    expect(nationalShown(staffing)).toEqual({ shown: staffing.lastComplete, laterPartial: staffing.current });
    expect(nationalShown(staffing).shown?.date).toBe('2025-12-31');
  });

  it('is the latest partial point when there is no complete one, and nothing before any report', () => {
    const { staffing } = nationalAsOf(rows([report('09', '2026-06-30', 20)]), '2026-11-30');
    expect(nationalShown(staffing)).toEqual({ shown: staffing.current, laterPartial: null });
    expect(nationalShown({ current: null, lastComplete: null })).toEqual({ shown: null, laterPartial: null });
  });

  it('is example data only when a report it counts is', () => {
    const staffing = nationalStaffingAt(data, '2026-06-30');
    const example = (regionCode: string, referenceDate: string) => ({ regionCode, referenceDate, residentsWithNamedContact: null, isExample: true });
    expect(nationalIsExample([example('09', '2026-06-30')], staffing, null)).toBe(true);
    // Another region's example report, or one of another date, is not summed into this point.
    expect(nationalIsExample([example('01', '2026-06-30'), example('09', '2025-12-31')], staffing, null)).toBe(false);
    expect(nationalIsExample([example('09', '2026-06-30')], null, null)).toBe(false);
  });
});
