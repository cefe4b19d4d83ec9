import { and, eq, sum } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { decisions, externalMeasures, guidelines, namedContactShares, population, regions, type Decision } from '@/lib/db/schema';
import { nationalPopulationTotals } from '@/lib/db/seed/population';
import { seedPublicRecord } from '@/lib/db/seed/public-record';
import { decisionInForce } from '@/lib/domain/decisions';
import { preparedDatabase } from '../support/database';

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
});

const publishedDecisions = () => db.select().from(decisions).where(eq(decisions.status, 'published'));
const asEvent = (d: Decision) => ({
  ...d,
  decidedOn: { date: d.decidedOn, precision: d.decidedOnPrecision, isUpperBound: d.decidedOnIsUpperBound },
});
const populationOf = async (year: number) =>
  new Map((await db.select().from(population).where(eq(population.year, year))).map((r) => [r.regionCode, r.residents]));

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
    for (const year of [2019, 2020, 2021, 2023]) {
      const [row] = await db
        .select({ total: sum(population.residents).mapWith(Number) })
        .from(population)
        .where(eq(population.year, year));
      expect(row?.total, `sum of the regions in ${year}`).toBe(nationalPopulationTotals[year]);
    }
  });

  it('has 2021 for all 21 regions, summing to SCB’s 10 452 326 and never storing the national total as a region', async () => {
    const year2021 = await populationOf(2021);
    expect(year2021.size).toBe(21);
    expect([...year2021.values()].reduce((a, b) => a + b, 0)).toBe(10_452_326);
    expect(year2021.get('05')).toBe(469_704);
    expect(year2021.has('00')).toBe(false);
  });

  it('keeps unknown years missing instead of estimating them', async () => {
    const year2022 = await populationOf(2022);
    expect([...year2022.keys()].sort()).toEqual(['01', '04', '05', '08', '09', '12', '17', '18', '24', '25']);
    // Halland's 2022 figure is of uncertain date and is left out, not guessed.
    expect(year2022.has('13')).toBe(false);
    const year2024 = await populationOf(2024);
    expect([...year2024.keys()].sort()).toEqual(['01', '03', '05', '06', '07', '10', '14', '18', '19', '20', '23', '24', '25']);
    for (const [year, known] of [
      [2022, year2022],
      [2024, year2024],
    ] as const) {
      expect([...known.values()].reduce((a, b) => a + b, 0), `${year} covers only part of the country`).toBeLessThan(nationalPopulationTotals[year]!);
    }
    const sources = await db.select().from(population);
    expect(sources.every((r) => r.source.trim().length > 0 && ['verified', 'secondary', 'uncertain'].includes(r.sourceStatus))).toBe(true);
  });

  it('gives every seeded decision a status and a source address, except the one known only from Socialstyrelsen’s presentation', async () => {
    const published = await publishedDecisions();
    expect(published.every((d) => ['verified', 'secondary', 'uncertain'].includes(d.sourceStatus))).toBe(true);
    expect(published.every((d) => d.sourceUrl === null || /^https:\/\//.test(d.sourceUrl))).toBe(true);
    // Socialstyrelsen's overview of 2022-10-14 was a presentation with no public address; its title is the source.
    const withoutUrl = published.filter((d) => d.sourceUrl === null);
    expect(withoutUrl.map((d) => d.regionCode)).toEqual(['12']);
    expect(withoutUrl[0]?.sourceTitle).toMatch(/Socialstyrelsen, presentation/);
  });

  it('gives every share and external measure a source address, a title and a status', async () => {
    const shares = await db.select().from(namedContactShares);
    const measures = await db.select().from(externalMeasures);
    for (const row of [...shares, ...measures]) {
      expect(row.sourceUrl).toMatch(/^https:\/\//);
      expect(row.sourceTitle.trim()).not.toBe('');
      expect(['verified', 'secondary', 'uncertain']).toContain(row.sourceStatus);
    }
    for (const row of measures) {
      expect(row.quote.trim(), row.measure).not.toBe('');
      expect(row.definitionSv, row.measure).toMatch(/\S/);
      expect(row.definitionEn, row.measure).toMatch(/\S/);
    }
  });

  it('on 2022-09-30 shows Kronoberg, Dalarna, Stockholm and Västra Götaland with no decision, and no region declined or revoked', async () => {
    const published = (await publishedDecisions()).map(asEvent);
    const inForce = (code: string) => decisionInForce(published.filter((d) => d.regionCode === code), '2022-09-30');
    for (const code of ['07', '20', '01', '14']) {
      expect(inForce(code), `region ${code}`).toMatchObject({ kind: 'no_decision', targetFigure: null });
    }
    const codes = (await db.select({ code: regions.code }).from(regions)).map((r) => r.code);
    for (const code of codes) {
      expect(['declined', 'revoked']).not.toContain(inForce(code)?.kind);
    }
    // No source says any region declined or revoked a target, at any time.
    expect(published.filter((d) => d.kind === 'declined' || d.kind === 'revoked')).toEqual([]);
  });

  it('records Jönköping’s own 1 500 as in force by May 2024 and Sörmland’s 1 500 by 2024, decided by November 2021', async () => {
    const published = await publishedDecisions();
    expect(published.find((d) => d.regionCode === '06' && d.kind === 'decided_figure')).toMatchObject({
      targetFigure: 1500,
      decidedOn: '2024-05-01',
      decidedOnPrecision: 'month',
      decidedOnIsUpperBound: true,
    });
    expect(published.find((d) => d.regionCode === '04' && d.kind === 'decided_figure')).toMatchObject({
      targetFigure: 1500,
      targetYear: 2024,
      decidedOn: '2021-11-01',
      decidedOnIsUpperBound: true,
    });
  });

  it('has the registered shares with a named fast läkarkontakt on 2022-12-31, and three regions that did not report', async () => {
    const shares = await db.select().from(namedContactShares).where(eq(namedContactShares.referenceDate, '2022-12-31'));
    expect(Object.fromEntries(shares.map((s) => [s.regionCode, s.sharePercent]))).toEqual({
      '07': 7,
      '24': 11,
      '10': 19,
      '12': 77,
      '19': 78,
      '20': 79,
      '14': 96,
      '23': null,
      '06': null,
      '25': null,
    });
    expect(new Set(shares.map((s) => s.sourceUrl))).toEqual(
      new Set(['https://lakartidningen.se/aktuellt/nyheter/2023/08/socialstyrelsen-stora-skillnader-i-omstallningen-till-god-och-nara-vard/']),
    );
  });

  it('keeps both readings of Läkarförbundet’s “10 av 21” (spring 2024), each with its own source', async () => {
    const readings = await db
      .select()
      .from(externalMeasures)
      .where(and(eq(externalMeasures.measure, 'regions_decided_to_pursue_guideline'), eq(externalMeasures.period, 'våren 2024')));
    expect(readings).toHaveLength(2);
    expect(new Set(readings.map((r) => r.sourceUrl)).size).toBe(2);
    expect(readings.map((r) => r.valueText).sort()).toEqual(['10 av 21 har beslut', '10 av 21 saknar beslut']);
    expect(readings.find((r) => r.valueText === '10 av 21 saknar beslut')?.quote).toContain('saknade 10 av 21 regioner');
    expect(readings.every((r) => r.noteSv?.includes('motsäger') && r.noteEn?.includes('disagree'))).toBe(true);
  });

  it("shows Läkarförbundet's residents per primary-care doctor as its own measure, beside the product's", async () => {
    const rows = await db.select().from(externalMeasures).where(eq(externalMeasures.measure, 'residents_per_doctor'));
    expect(Object.fromEntries(rows.map((r) => [r.regionCode, r.valueText]))).toEqual({ '10': '2 803', '25': '2 192', '18': '2 035' });
    expect(rows.every((r) => r.definitionSv.includes('0,5 × heltid ST-läkare') && r.definitionEn.includes('0.5 × GP trainee'))).toBe(true);
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
    const [shares, measures] = [await db.select().from(namedContactShares), await db.select().from(externalMeasures)];
    expect(await seedPublicRecord(db)).toEqual({ seeded: false });
    expect(await db.select().from(decisions)).toHaveLength(before.length);
    expect(await db.select().from(namedContactShares)).toHaveLength(shares.length);
    expect(await db.select().from(externalMeasures)).toHaveLength(measures.length);
  });
});
