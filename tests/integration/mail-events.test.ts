import { asc, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRound } from '@/lib/data/round-admin';
import { publishApproved, reopenRecord, reviewRecords } from '@/lib/data/review';
import { saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import type { Database } from '@/lib/db/client';
import { followUpRounds, mailOutbox } from '@/lib/db/schema';
import { todayInSweden } from '@/lib/i18n/format';
import { queueRoundOpenings } from '@/lib/mail/reminders';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople } from '../support/people';

let db: Database;
const people = { admin: '', gotland: '', gotland2: '', skane: '', gone: '' };

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(
    db,
    'mail-events.example',
    {
      admin: { role: 'admin', region: null },
      gotland: { role: 'editor', region: '09' },
      gotland2: { role: 'editor', region: '09' },
      skane: { role: 'editor', region: '12' },
      gone: { role: 'editor', region: '09', active: false },
    },
    people,
  );
  await db.insert(followUpRounds).values(
    ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'].map((referenceDate) => ({ name: `Omgång ${referenceDate}`, referenceDate, opensOn: '2025-01-01', closesOn: '2099-12-31' })),
  );
});

beforeEach(async () => {
  await db.delete(mailOutbox);
});

const as = actingAs(people);
const outbox = async () =>
  (await db.select().from(mailOutbox).orderBy(asc(mailOutbox.id))).map((m) => ({ to: Object.entries(people).find(([, id]) => id === m.userId)?.[0], kind: m.kind, params: m.params }));

function ok<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<R, { ok: true }>;
}

async function submitted(regionEditor: 'gotland' | 'skane', referenceDate = '2025-06-30') {
  const saved = ok(await as(regionEditor, () => saveStaffingReport({ referenceDate, specialistsHeadcount: '40', specialistsFte: '38', traineesHeadcount: '10', traineesFte: '9', source: 'Personalsystemet' })));
  const sent = ok(await as(regionEditor, () => submitStaffingReport({ id: saved.id, version: saved.version })));
  return `staffing_report:${sent.id}:${sent.version}`;
}

describe(`e-mail written with the events it tells of (${process.env.TEST_DATABASE})`, () => {
  it('a returned report is told to its region’s active editors, with the reason; an approval to no one', async () => {
    const ref = await submitted('gotland');
    ok(await as('admin', () => reviewRecords({ items: [ref], decision: 'return', comment: 'Heltiderna saknas för ST.' })));
    const expected = { kind: 'record_returned', params: { record: { kind: 'staffing', date: '2025-06-30' }, reason: 'Heltiderna saknas för ST.', regionCode: '09' } };
    expect(await outbox()).toEqual([
      { to: 'gotland', ...expected },
      { to: 'gotland2', ...expected },
    ]);

    await db.delete(mailOutbox);
    const skane = await submitted('skane');
    ok(await as('admin', () => reviewRecords({ items: [skane], decision: 'approve' })));
    expect(await outbox()).toEqual([]);
  });

  it('a refused review writes no message', async () => {
    const ref = await submitted('gotland', '2025-03-31');
    expect((await as('admin', () => reviewRecords({ items: [`${ref.slice(0, ref.lastIndexOf(':'))}:99`], decision: 'return', comment: 'Gammal version' }))).ok).toBe(false);
    expect((await as('skane', () => reviewRecords({ items: [ref], decision: 'return', comment: 'Inte min' }))).ok).toBe(false);
    expect(await outbox()).toEqual([]);
  });

  it('a publication tells each region’s editors once, naming every record published for it; reopening tells the reason', async () => {
    const skane = await submitted('skane', '2025-09-30');
    ok(await as('admin', () => reviewRecords({ items: [skane], decision: 'approve' })));
    const approved = skane.replace(/:\d+$/, (v) => `:${Number(v.slice(1)) + 1}`);
    ok(await as('admin', () => publishApproved({ items: [approved], confirmed: 'yes' })));
    expect(await outbox()).toEqual([{ to: 'skane', kind: 'record_published', params: { records: [{ kind: 'staffing', date: '2025-09-30' }], regionCode: '12' } }]);

    await db.delete(mailOutbox);
    const another = await submitted('skane', '2025-12-31');
    ok(await as('admin', () => reviewRecords({ items: [another], decision: 'approve' })));
    const anotherApproved = another.replace(/:\d+$/, (v) => `:${Number(v.slice(1)) + 1}`);
    ok(await as('admin', () => reopenRecord({ item: anotherApproved, comment: 'Fel datum.' })));
    expect(await outbox()).toEqual([{ to: 'skane', kind: 'record_returned', params: { record: { kind: 'staffing', date: '2025-12-31' }, reason: 'Fel datum.', regionCode: '12' } }]);
  });

  it('a round open today is told to every active editor when it is made; one opening later, when its day comes, once', async () => {
    const today = todayInSweden();
    ok(await as('admin', () => createRound({ name: 'Öppen i dag', referenceDate: '2030-01-31', opensOn: today, closesOn: '2099-12-31' })));
    expect((await outbox()).map((m) => [m.to, m.kind, (m.params as { round: string }).round])).toEqual([
      ['gotland', 'round_opened', 'Öppen i dag'],
      ['gotland2', 'round_opened', 'Öppen i dag'],
      ['skane', 'round_opened', 'Öppen i dag'],
    ]);
    // Already told: the schedule writes nothing more for it.
    expect(await queueRoundOpenings(db, today)).toBe(0);

    await db.delete(mailOutbox);
    ok(await as('admin', () => createRound({ name: 'Öppnar senare', referenceDate: '2030-02-28', opensOn: '2030-03-01', closesOn: '2030-03-31' })));
    expect(await outbox()).toEqual([]);
    expect(await queueRoundOpenings(db, '2030-02-28')).toBe(0);
    expect(await queueRoundOpenings(db, '2030-03-02')).toBe(3);
    expect(await queueRoundOpenings(db, '2030-03-03')).toBe(0);
    // Long open: never announced late.
    await db.delete(mailOutbox);
    await db.update(followUpRounds).set({ opensOn: '2030-03-01' }).where(eq(followUpRounds.referenceDate, '2030-02-28'));
    expect(await queueRoundOpenings(db, '2030-03-20')).toBe(0);
  });
});
