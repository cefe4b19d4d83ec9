import fs from 'node:fs';
import { asc, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { decisions, externalMeasures } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
});

const englishOf = async () => ({
  decisions: await db.select({ id: decisions.id, noteEn: decisions.noteEn }).from(decisions).orderBy(asc(decisions.id)),
  measures: await db
    .select({ id: externalMeasures.id, valueEn: externalMeasures.valueEn, definitionEn: externalMeasures.definitionEn, noteEn: externalMeasures.noteEn })
    .from(externalMeasures)
    .orderBy(asc(externalMeasures.id)),
});

describe(`the English of the seeded texts in a database seeded before it existed (${process.env.TEST_DATABASE})`, () => {
  it('is what a new database is seeded with, once the migration has run', async () => {
    const seeded = await englishOf();
    expect(seeded.decisions.every((d) => d.noteEn !== null)).toBe(true);
    expect(seeded.measures.every((m) => m.valueEn !== null)).toBe(true);

    // As an older database has them: no English notes or values yet.
    await db.execute(sql`update decisions set note_en = null`);
    await db.execute(sql`update external_measures set value_en = null`);
    const migration = fs.readFileSync('drizzle/0012_english_texts.sql', 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) {
      if (/^\s*(--[^\n]*\n\s*)*UPDATE/i.test(statement)) await db.execute(sql.raw(statement));
    }
    expect(await englishOf()).toEqual(seeded);
  });

  it('is not given to a note a region has changed since', async () => {
    const [first] = await db.select().from(decisions).orderBy(asc(decisions.id)).limit(1);
    await db.execute(sql`update decisions set note = 'Regionens egen text', note_en = null where id = ${first!.id}`);
    const migration = fs.readFileSync('drizzle/0012_english_texts.sql', 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) {
      if (/^\s*(--[^\n]*\n\s*)*UPDATE "decisions"/i.test(statement)) await db.execute(sql.raw(statement));
    }
    const [after] = await db.select().from(decisions).orderBy(asc(decisions.id)).limit(1);
    expect(after!.noteEn).toBeNull();
  });
});
