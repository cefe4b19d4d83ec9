import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeRound, createRound, getRound, listRounds } from '@/lib/data/round-admin';
import type { Database } from '@/lib/db/client';
import { auditLog, followUpRounds } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople, REFUSED_AS_ADMIN } from '../support/people';

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
    for (const [who, kind] of REFUSED_AS_ADMIN) {
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

  it('changes a round’s name and dates from the version seen, audited; a stale version, a last day before the first, another role or a missing round change nothing', async () => {
    const [opened] = await db.select().from(followUpRounds).where(eq(followUpRounds.referenceDate, '2026-06-30'));
    const change = { id: String(opened!.id), version: String(opened!.version), name: 'Uppföljning 2026 (förlängd)', opensOn: '2026-07-01', closesOn: '2026-10-31' };
    for (const [who, kind] of REFUSED_AS_ADMIN) {
      const before = await state();
      expect(await as(who, () => changeRound(change))).toEqual({ ok: false, failure: { kind } });
      expect(await as(who, () => getRound(opened!.id))).toEqual({ kind });
      expect(await state()).toBe(before);
    }
    const before = await state();
    expect(await as('admin', () => changeRound({ ...change, closesOn: '2026-06-01' }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { closesOn: 'closes_before_opens' } } });
    expect(await as('admin', () => changeRound({ ...change, referenceDate: '2026-12-31' }))).toMatchObject({ ok: false, failure: { kind: 'invalid', fields: { _form: 'unknown_field' } } });
    expect(await as('admin', () => changeRound({ ...change, id: '999999' }))).toEqual({ ok: false, failure: { kind: 'not_found' } });
    expect(await state()).toBe(before);

    expect(await as('admin', () => changeRound(change))).toEqual({ ok: true, id: opened!.id });
    const changed = await as('admin', () => getRound(opened!.id));
    expect(changed).toMatchObject({ name: change.name, referenceDate: '2026-06-30', closesOn: '2026-10-31', version: 2, updatedBy: people.admin });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'update'));
    expect(entry).toMatchObject({ entity: 'round', entityId: String(opened!.id), actorId: people.admin, oldValue: { closesOn: '2026-09-30' }, newValue: { closesOn: '2026-10-31' } });

    // The same change again, from the page as it was before: someone else's change is not overwritten.
    const afterChange = await state();
    expect(await as('admin', () => changeRound({ ...change, closesOn: '2026-12-31' }))).toMatchObject({ ok: false, failure: { kind: 'round_changed', changedBy: 'admin@rounds.example' } });
    expect(await state()).toBe(afterChange);
  });
});
