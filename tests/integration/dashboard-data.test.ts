import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { decisions, staffingReports } from '@/lib/db/schema';
import { removeExampleData, seedExampleData } from '@/lib/db/seed/example-data';
import { getDashboardData } from '@/lib/data/dashboard';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import { preparedDatabase } from '../support/database';

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
});

/** What the dashboard shows on a day: the published rows, through the shared snapshot. */
async function getPublicOverview(asOf: string) {
  const data = await getDashboardData();
  const { regions, national } = snapshotAsOf({ ...data, staffing: data.reports }, asOf);
  return { data, national, regions: regions.map((s) => ({ ...s, code: s.region.code })) };
}

const region = async (asOf: string, code: string) => {
  const row = (await getPublicOverview(asOf)).regions.find((r) => r.code === code);
  if (!row) throw new Error(`region ${code} missing from the overview`);
  return row;
};

describe(`dashboard data through the data-access layer (${process.env.TEST_DATABASE})`, () => {
  it('lists all 21 regions', async () => {
    expect((await getPublicOverview('2026-01-01')).regions).toHaveLength(21);
  });

  it('on 2022-07-01 shows Gotland as decided 1 100 and Norrbotten without a decision yet', async () => {
    expect((await region('2022-07-01', '09')).decision).toMatchObject({ kind: 'decided_1100', targetFigure: 1100 });
    expect((await region('2022-07-01', '25')).decision).toBeNull();
    expect((await region('2022-09-01', '25')).decision).toMatchObject({ kind: 'decided_1100' });
  });

  it('shows only decisions dated on or before the asked date', async () => {
    expect((await region('2022-07-01', '03')).decision?.kind).toBe('decided_no_figure');
    expect((await region('2023-06-01', '03')).decision?.kind).toBe('decided_1100');
    expect((await region('2022-04-27', '17')).decision).toBeNull();
  });

  it('never shows an unpublished decision or staffing report', async () => {
    await db.insert(decisions).values([
      { regionCode: '21', kind: 'decided_1100', targetFigure: 1100, decidedOn: '2023-01-10', sourceStatus: 'verified', status: 'draft' },
      { regionCode: '22', kind: 'decided_1100', targetFigure: 1100, decidedOn: '2023-01-10', sourceStatus: 'verified', status: 'submitted' },
      { regionCode: '24', kind: 'decided_1100', targetFigure: 1100, decidedOn: '2023-01-10', sourceStatus: 'verified', status: 'approved' },
    ]);
    await db.insert(staffingReports).values({
      regionCode: '21',
      referenceDate: '2023-12-31',
      specialistsHeadcount: 90,
      specialistsFte: 80,
      traineesHeadcount: 30,
      traineesFte: 28,
      source: 'Region Gävleborg (utkast)',
      status: 'submitted',
    });
    const overview = await getPublicOverview('2026-01-01');
    for (const code of ['21', '22', '24']) {
      const row = overview.regions.find((r) => r.code === code);
      expect(row?.decision, `region ${code}`).toBeNull();
      expect(row?.report, `region ${code}`).toBeNull();
    }
    expect(JSON.stringify(overview)).not.toContain('utkast');
  });

  it('computes residents per doctor from a published report and Riket over the reporting regions only', async () => {
    await db.insert(staffingReports).values({
      regionCode: '09',
      referenceDate: '2023-12-31',
      specialistsHeadcount: 40,
      specialistsFte: 36,
      traineesHeadcount: 12,
      traineesFte: 10,
      source: 'Region Gotland',
      status: 'published',
    });
    const overview = await getPublicOverview('2024-01-01');
    const gotland = overview.regions.find((r) => r.code === '09');
    // 61 029 residents (SCB 2023) / (36 + 0.5 × 10) = 1 488.5…
    expect(gotland?.reportPopulation?.year).toBe(2023);
    expect(gotland?.residentsPerDoctor).toEqual({ kind: 'value', value: 61_029 / 41 });
    expect(gotland?.gapTo1100).toEqual({ kind: 'value', value: 61_029 / 1100 - 41 });
    expect(gotland?.gapToOwnTarget).toEqual({ kind: 'value', value: 61_029 / 1100 - 41 });
    // One region of 21 is not the country: Riket is that region's figure, said to be partial.
    expect(overview.national.staffing.current?.coverage.regions).toEqual(['09']);
    expect(overview.national.staffing.current?.coverage.complete).toBe(false);
    expect(overview.national.staffing.lastComplete).toBeNull();
    expect(overview.national.staffing.current?.residentsPerDoctor).toEqual({ kind: 'value', value: 61_029 / 41 });
    expect(overview.data.containsExampleData).toBe(false);
    await db.delete(staffingReports).where(eq(staffingReports.regionCode, '09'));
  });

  it('marks figures from the example dataset, and forgets them when it is removed', async () => {
    const { inserted } = await seedExampleData(db);
    expect(inserted).toBeGreaterThan(21);
    const overview = await getPublicOverview('2026-01-01');
    expect(overview.data.containsExampleData).toBe(true);
    expect(overview.regions.filter((r) => r.report?.isExample)).toHaveLength(21);
    expect(overview.national.staffing.lastComplete?.coverage.regions).toHaveLength(21);
    expect(overview.national.staffing.lastComplete?.coverage.populationShare).toBe(1);

    await removeExampleData(db);
    const after = await getPublicOverview('2026-01-01');
    expect(after.data.containsExampleData).toBe(false);
    expect(after.regions.every((r) => r.report === null || !r.report.isExample)).toBe(true);
  });
});
