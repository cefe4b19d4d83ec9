import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRound, listRounds } from '@/lib/data/round-admin';
import type { Database } from '@/lib/db/client';
import { auditLog, followUpRounds } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople } from '../support/people';

let db: Database;
const people = { admin: '', editor: '', deactivated: '' };

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(db, 'rounds.example', { admin: { role: 'admin', region: null }, editor: { role: 'editor', region: '09' }, deactivated: { role: 'admin', region: null, active: false } }, people);
});

const as = actingAs(people);
const state = async () => JSON.stringify([await db.select().from(followUpRounds).orderBy(asc(followUpRounds.id)), (await db.select({ id: auditLog.id }).from(auditLog)).length]);
const round = { name: 'Uppföljning 2026', referenceDate: '2026-06-30', opensOn: '2026-07-01', closesOn: '2026-09-30' };

describe(`follow-up rounds (${process.env.TEST_DATABASE})`, () => {
  it('only an active administrator lists or opens rounds; refused calls change nothing', async () => {
    for (const [who, kind] of [
      ['anonymous', 'unauthenticated'],
      ['deactivated', 'unauthenticated'],
      ['editor', 'forbidden'],
    ] as const) {
      const before = await state();
      expect(await as(who, () => listRounds())).toEqual({ kind });
      expect(await as(who, () => createRound(round))).toEqual({ ok: false, failure: { kind } });
      expect(await state()).toBe(before);
    }
  });

  it('opens a round, audited; the same reference date twice and a last day before the first are refused at their fields', async () => {
    const opened = await as('admin', () => createRound(round));
    expect(opened).toMatchObject({ ok: true });
    const listed = await as('admin', () => listRounds());
    expect(Array.isArray(listed) && listed.map((r) => r.referenceDate)).toEqual(['2026-06-30']);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entity, 'round'));
    expect(entry).toMatchObject({ action: 'create', actorId: people.admin, newValue: round });

    const before = await state();
    expect(await as('admin', () => createRound({ ...round, name: 'Igen' }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { referenceDate: 'round_exists' } } });
    expect(await as('admin', () => createRound({ ...round, referenceDate: '2026-12-31', closesOn: '2026-06-01' }))).toEqual({
      ok: false,
      failure: { kind: 'invalid', fields: { closesOn: 'closes_before_opens' } },
    });
    expect(await as('admin', () => createRound({ ...round, referenceDate: '2026-02-30', status: 'open' }))).toEqual({
      ok: false,
      failure: { kind: 'invalid', fields: expect.objectContaining({ referenceDate: 'date_invalid', _form: 'unknown_field' }) },
    });
    expect(await state()).toBe(before);
  });
});
