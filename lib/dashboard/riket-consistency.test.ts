import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotRows } from '@/lib/charts/common';
import { buildSeriesModel } from '@/lib/charts/series-model';
import { completeFixture, labels } from '@/lib/charts/test-fixtures';
import { regionRows } from '@/lib/domain/regions';
import { nationalAsOf } from '@/lib/domain/national';
import { buildTableRows, NATIONAL_ROW_CODE } from './table-rows';
import type { DashboardData, DashboardReport } from '@/lib/domain/dashboard-data';

const REFERENCE_DATES = ['2024-06-30', '2024-12-31', '2025-06-30', '2025-12-31', '2026-06-30'];

const CODES = regionRows.map((r) => r.code);

/**
 * Any pattern of which regions reported for which reference dates, with any staffing: per date nobody,
 * everybody (a complete Riket), or any subset (usually partial).
 */
const reportsArbitrary = fc
  .tuple(
    ...REFERENCE_DATES.map((date) =>
      fc
        .oneof(fc.constant<string[]>([]), fc.constant(CODES), fc.subarray(CODES), fc.subarray(CODES, { minLength: 17 }))
        .chain((codes) =>
          fc.tuple(
            ...codes.map((region) =>
              fc.record({
                region: fc.constant(region),
                date: fc.constant(date),
                specialistsFte: fc.integer({ min: 1, max: 900 }),
                traineesFte: fc.integer({ min: 0, max: 200 }),
              }),
            ),
          ),
        ),
    ),
  )
  .map((perDate) => perDate.flat());

function withReports(picked: { region: string; date: string; specialistsFte: number; traineesFte: number }[]): DashboardData {
  const data = completeFixture();
  const unique = new Map(picked.map((p) => [`${p.region}:${p.date}`, p]));
  data.reports = [...unique.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(
      (p): DashboardReport => ({
        regionCode: p.region,
        referenceDate: p.date,
        specialistsHeadcount: p.specialistsFte,
        specialistsFte: p.specialistsFte,
        traineesHeadcount: p.traineesFte,
        traineesFte: p.traineesFte,
        residentsWithNamedContact: null,
        source: 'test',
        isExample: true,
      }),
    );
  return data;
}

describe('one Riket for every view', () => {
  it('the table, the chart and the domain give the same Riket and the same coverage on any day', () => {
    fc.assert(
      fc.property(reportsArbitrary, fc.constantFrom(...REFERENCE_DATES, '2024-09-15', '2026-11-30'), (picked, asOf) => {
        const data = withReports(picked);
        const standing = nationalAsOf(snapshotRows(data), asOf).staffing;
        const shown = standing.lastComplete ?? standing.current;
        const riket = buildTableRows(data, asOf, 'sv').find((r) => r.code === NATIONAL_ROW_CODE);
        const chart = buildSeriesModel({ data, regions: [], measure: 'residentsPerDoctor', labels, locale: 'sv' });
        if (!shown) {
          expect(riket?.residentsPerDoctor).toEqual({ kind: 'missing', reason: 'not_reported' });
          expect(riket?.coverage).toBeNull();
          return;
        }
        expect(riket?.residentsPerDoctor).toEqual(shown.residentsPerDoctor);
        expect(riket?.coverage?.referenceDate).toBe(shown.date);
        expect(riket?.coverage?.included).toHaveLength(shown.coverage.regions.length);
        expect(riket?.coverage?.complete).toBe(shown.coverage.complete);
        const point = chart.national.find((p) => p.date === shown.date);
        expect(point?.coverage).toEqual(shown.coverage);
        expect(point?.value).toBe(shown.residentsPerDoctor.kind === 'value' ? shown.residentsPerDoctor.value : null);
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });
});
