import { eq } from 'drizzle-orm';
import { populationForDate } from '@/lib/domain/population';
import type { Database } from '../client';
import { announcePublicChange } from '../public-change';
import { population, regions, staffingReports } from '../schema';

/**
 * A clearly labelled EXAMPLE staffing dataset for demonstrating the dashboard. The figures are made up
 * (deterministically, from the region code) and every row is flagged `is_example`, which the UI marks
 * "Exempeldata". It is never loaded by default and can be removed again.
 */

const EXAMPLE_SOURCE = 'Exempeldata – påhittade siffror för demonstration, inte verkliga uppgifter';
const EXAMPLE_REFERENCE_DATES = ['2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31'] as const;

/** A small deterministic pseudo-random generator (mulberry32), so the example is the same every time. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function seedExampleData(db: Database): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    await tx.delete(staffingReports).where(eq(staffingReports.isExample, true));
    const regionList = await tx.select({ code: regions.code }).from(regions).orderBy(regions.code);
    const populationList = await tx.select().from(population);
    const rows: (typeof staffingReports.$inferInsert)[] = [];

    for (const { code } of regionList) {
      const random = generator(Number(code) * 7919);
      const figures = populationList.filter((p) => p.regionCode === code).map((p) => ({ year: p.year, residents: p.residents }));
      let ratio = 1600 + random() * 1200; // residents per doctor at the first date
      for (const referenceDate of EXAMPLE_REFERENCE_DATES) {
        const pop = populationForDate(figures, referenceDate);
        ratio *= 0.93 + random() * 0.08;
        if (!pop) continue;
        const capacity = pop.residents / ratio;
        const traineesFte = round2(capacity * (0.25 + random() * 0.2));
        const specialistsFte = round2(capacity - traineesFte * 0.5);
        rows.push({
          regionCode: code,
          referenceDate,
          specialistsFte,
          specialistsHeadcount: Math.round(specialistsFte / (0.82 + random() * 0.1)),
          traineesFte,
          traineesHeadcount: Math.round(traineesFte / (0.88 + random() * 0.1)),
          residentsWithNamedContact: Math.round(pop.residents * (0.2 + random() * 0.5)),
          source: EXAMPLE_SOURCE,
          status: 'published',
          isExample: true,
        });
      }
    }
    if (rows.length > 0) await tx.insert(staffingReports).values(rows);
    await announcePublicChange(tx);
    return { inserted: rows.length };
  });
}

export async function removeExampleData(db: Database): Promise<{ removed: number }> {
  return db.transaction(async (tx) => {
    const removed = await tx.delete(staffingReports).where(eq(staffingReports.isExample, true)).returning({ id: staffingReports.id });
    await announcePublicChange(tx);
    return { removed: removed.length };
  });
}
