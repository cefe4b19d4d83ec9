import { and, eq, sum } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { decisions, guidelines, population, regions } from '@/lib/db/schema';
import { nationalPopulationTotals } from '@/lib/db/seed/population';
import { seedPublicRecord } from '@/lib/db/seed/public-record';
import { preparedDatabase } from '../support/database';

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
});

describe(`the seeded public record (${process.env.TEST_DATABASE})`, () => {
  it('has the 21 regions with SCB county codes and ISO codes', async () => {
    const rows = await db.select().from(regions);
    expect(rows).toHaveLength(21);
    expect(rows.find((r) => r.code === '09')).toMatchObject({ nameSv: 'Region Gotland', isoCode: 'SE-I' });
    expect(rows.find((r) => r.code === '25')).toMatchObject({ nameSv: 'Region Norrbotten', isoCode: 'SE-BD' });
    expect(new Set(rows.map((r) => r.code)).has('02')).toBe(false);
  });

  it('has the national guideline of 1 100 per specialist and 550 per ST-läkare from 2022-04-28', async () => {
    const [guideline] = await db.select().from(guidelines);
    expect(guideline).toMatchObject({ publishedOn: '2022-04-28', residentsPerSpecialist: 1100, residentsPerTrainee: 550 });
  });

  it('has population for complete years that add up to SCB national totals', async () => {
    for (const year of [2019, 2020, 2023]) {
      const [row] = await db
        .select({ total: sum(population.residents).mapWith(Number) })
        .from(population)
        .where(eq(population.year, year));
      expect(row?.total, `sum of the regions in ${year}`).toBe(nationalPopulationTotals[year]);
    }
  });

  it('keeps unknown years missing instead of estimating them', async () => {
    const rows = await db.select().from(population).where(eq(population.year, 2022));
    expect(rows.map((r) => r.regionCode)).toEqual(['01']);
  });

  it('records Gotland and Norrbotten deciding 1 100 and Värmland 1 500 as a step, with month precision and sources', async () => {
    const published = await db.select().from(decisions).where(eq(decisions.status, 'published'));
    const gotland = published.find((d) => d.regionCode === '09' && d.kind === 'decided_1100');
    expect(gotland).toMatchObject({ targetFigure: 1100, decidedOn: '2022-06-01', decidedOnPrecision: 'month' });
    expect(gotland?.sourceUrl).toMatch(/^https:\/\/lakartidningen\.se\//);
    expect(published.find((d) => d.regionCode === '25' && d.kind === 'decided_1100')).toMatchObject({
      decidedOn: '2022-08-01',
      decidedOnPrecision: 'month',
    });
    expect(published.find((d) => d.regionCode === '17')).toMatchObject({
      kind: 'decided_figure',
      targetFigure: 1500,
      targetType: 'interim',
    });
    expect(published.every((d) => d.sourceUrl !== null || d.sourceTitle !== null)).toBe(true);
  });

  it('records Uppsala first without a figure and later with 1 100', async () => {
    const uppsala = await db
      .select()
      .from(decisions)
      .where(and(eq(decisions.regionCode, '03'), eq(decisions.status, 'published')))
      .orderBy(decisions.decidedOn);
    expect(uppsala.map((d) => d.kind)).toEqual(['decided_no_figure', 'decided_1100']);
    expect(uppsala[1]).toMatchObject({ decidedOnIsUpperBound: true });
  });

  it('seeding again changes nothing', async () => {
    const before = await db.select().from(decisions);
    expect(await seedPublicRecord(db)).toEqual({ seeded: false });
    expect(await db.select().from(decisions)).toHaveLength(before.length);
  });
});
