import { count } from 'drizzle-orm';
import { parsePartialDate } from '@/lib/domain/partial-date';
import type { Database } from '../client';
import { decisions, externalMeasures, guidelines, namedContactShares, population, regions } from '../schema';
import { decisionRows } from './decisions';
import { guidelineRow } from './guideline';
import { populationRows, populationSources } from './population';
import { externalMeasureRows, namedContactShareRows } from './sourced-facts';
import { regionRows } from '@/lib/domain/regions';

/**
 * Loads the sourced public record (regions, SCB population, the guideline, regional decisions, the
 * registered shares with a named fast läkarkontakt, others' measures) into an empty database, in one
 * transaction. A database that already holds regions is left untouched, so
 * running it at every start is safe and never overwrites what has been entered since.
 */
export async function seedPublicRecord(db: Database): Promise<{ seeded: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(regions);
    if ((existing?.n ?? 0) > 0) return { seeded: false };

    await tx.insert(regions).values([...regionRows]);
    await tx.insert(guidelines).values(guidelineRow);
    await tx.insert(population).values(
      populationRows.map(([regionCode, year, residents, sourceStatus, sourceKey]) => ({
        regionCode,
        year,
        residents,
        sourceStatus,
        source: populationSources[sourceKey],
      })),
    );
    await tx.insert(decisions).values(
      decisionRows.map(({ decided, ...row }) => {
        const date = parsePartialDate(decided);
        if (!date) throw new Error(`Seed decision for region ${row.regionCode} has an invalid date: ${decided}`);
        return { ...row, decidedOn: date.date, decidedOnPrecision: date.precision, status: 'published' as const };
      }),
    );
    await tx.insert(namedContactShares).values([...namedContactShareRows]);
    await tx.insert(externalMeasures).values(
      externalMeasureRows.map(({ published, ...row }) => {
        // The column is a date: a source known only to the month or year is stored as its first day.
        const date = parsePartialDate(published);
        if (!date) throw new Error(`Seed measure ${row.measure} has an invalid publication date: ${published}`);
        return { ...row, publishedOn: date.date };
      }),
    );
    return { seeded: true };
  });
}
