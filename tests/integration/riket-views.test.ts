import { beforeAll, describe, expect, it } from 'vitest';
import { GET as measures } from '@/app/api/v1/measures/route';
import { buildSeriesModel } from '@/lib/charts/series-model';
import type { ChartLabels } from '@/lib/charts/labels';
import { buildTableRows, NATIONAL_ROW_CODE } from '@/lib/dashboard/table-rows';
import { getDashboardData } from '@/lib/data/dashboard';
import type { Database } from '@/lib/db/client';
import { staffingReports } from '@/lib/db/schema';
import { seedExampleData } from '@/lib/db/seed/example-data';
import { monthEnds } from '@/lib/domain/decisions';
import { loadMessages } from '@/lib/i18n/request';
import { preparedDatabase } from '../support/database';

let db: Database;
let labels: ChartLabels;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await seedExampleData(db);
  // One region publishes a later date first: the national figure must not move with it.
  await db.insert(staffingReports).values({
    regionCode: '09',
    referenceDate: '2026-06-30',
    specialistsHeadcount: 20,
    specialistsFte: 18,
    traineesHeadcount: 4,
    traineesFte: 4,
    source: 'Region Gotland',
    status: 'published',
    isExample: true,
  });
  labels = (await loadMessages('sv')).charts as unknown as ChartLabels;
});

interface MeasureRow {
  nationalPoint: 'current' | 'last_complete' | null;
  referenceDate: string | null;
  residentsPerDoctor: number | null;
  coverageRegionCount: number | null;
  coveragePopulationShare: number | null;
  coverageComplete: boolean | null;
}

async function apiRiket(asOf: string): Promise<MeasureRow[]> {
  const response = await measures(new Request(`http://localhost/api/v1/measures?region=00&asOf=${asOf}`, { headers: { 'x-forwarded-for': '192.0.2.77' } }));
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: MeasureRow[] }).data;
}

describe(`one Riket in the table, the chart and the API (${process.env.TEST_DATABASE})`, () => {
  it('gives the same national figure and coverage on every month end, and never jumps with one early report', async () => {
    const data = await getDashboardData();
    const chart = buildSeriesModel({ data, regions: [], measure: 'residentsPerDoctor', labels, locale: 'sv' });
    for (const asOf of monthEnds('2022-12-31', data.today)) {
      const riket = buildTableRows(data, asOf, 'sv').find((r) => r.code === NATIONAL_ROW_CODE);
      const rows = await apiRiket(asOf);
      const current = rows.find((r) => r.nationalPoint === 'current');
      // The figure every view shows: the last complete point when the current one is partial.
      const shown = rows.find((r) => r.nationalPoint === 'last_complete' && r.referenceDate !== null) ?? current;
      expect(riket?.latestReportDate, asOf).toBe(shown?.referenceDate);
      const value = riket?.residentsPerDoctor.kind === 'value' ? riket.residentsPerDoctor.value : null;
      expect(value, asOf).toBeCloseTo(shown?.residentsPerDoctor ?? Number.NaN, 9);
      expect(riket?.coverage?.included.length, asOf).toBe(shown?.coverageRegionCount);
      expect(riket?.coverage?.populationShare, asOf).toBeCloseTo(shown?.coveragePopulationShare ?? Number.NaN, 12);
      const point = chart.national.find((p) => p.date === shown?.referenceDate);
      expect(point?.value, asOf).toBeCloseTo(shown?.residentsPerDoctor ?? Number.NaN, 9);
      expect(point?.coverage.complete, asOf).toBe(shown?.coverageComplete);
    }
  });

  it('keeps 2025-12-31 as Riket after Gotland alone reported 2026-06-30, which is partial and says 1 of 21', async () => {
    const rows = await apiRiket('2026-11-30');
    const current = rows.find((r) => r.nationalPoint === 'current');
    const lastComplete = rows.find((r) => r.nationalPoint === 'last_complete');
    expect(current).toMatchObject({ referenceDate: '2026-06-30', coverageRegionCount: 1, coverageComplete: false });
    expect(lastComplete).toMatchObject({ referenceDate: '2025-12-31', coverageRegionCount: 21, coverageComplete: true });
    const data = await getDashboardData();
    const chart = buildSeriesModel({ data, regions: [], measure: 'residentsPerDoctor', labels, locale: 'sv' });
    const complete = chart.national.filter((p) => p.coverage.complete).map((p) => p.date);
    expect(complete).not.toContain('2026-06-30');
    expect(chart.national.at(-1)).toMatchObject({ date: '2026-06-30', includedRegions: ['09'] });
    expect(chart.national.at(-2)?.value).toBeCloseTo(lastComplete?.residentsPerDoctor ?? Number.NaN, 9);
  });
});
