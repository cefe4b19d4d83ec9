import { beforeAll, describe, expect, it } from 'vitest';
import { getRoundReport, listClosedRounds } from '@/lib/data/round-report';
import { listForReview, publishApproved, reviewRecords } from '@/lib/data/review';
import { saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import type { Database } from '@/lib/db/client';
import { followUpRounds } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople } from '../support/people';

let db: Database;
const people = { admin: '', gotland: '', norrbotten: '' };
const as = actingAs(people);
const report = { specialistsHeadcount: '40', specialistsFte: '38', traineesHeadcount: '10', traineesFte: '9', source: 'Regionens personalsystem' };

function ok<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<R, { ok: true }>;
}

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(db, 'round-report.example', { admin: { role: 'admin', region: null }, gotland: { role: 'editor', region: '09' }, norrbotten: { role: 'editor', region: '25' } }, people);
  await db.insert(followUpRounds).values([
    { name: 'Avslutad omgång', referenceDate: '2025-06-30', opensOn: '2025-07-01', closesOn: '2025-08-31' },
    { name: 'Framtida omgång', referenceDate: '2098-06-30', opensOn: '2098-07-01', closesOn: '2098-08-31' },
  ]);
  // Gotland sends in (late, as the round has closed) and is published; Norrbotten sends in and waits for review.
  const gotland = ok(await as('gotland', () => saveStaffingReport({ referenceDate: '2025-06-30', ...report })));
  const sent = ok(await as('gotland', () => submitStaffingReport({ id: gotland.id, version: gotland.version })));
  ok(await as('admin', () => reviewRecords({ items: [`staffing_report:${sent.id}:${sent.version}`], decision: 'approve' })));
  const queue = await as('admin', () => listForReview());
  if ('kind' in queue) throw new Error(queue.kind);
  ok(await as('admin', () => publishApproved({ items: queue.approved.map((i) => i.ref), confirmed: 'yes' })));
  const norrbotten = ok(await as('norrbotten', () => saveStaffingReport({ referenceDate: '2025-06-30', ...report, specialistsHeadcount: '55', specialistsFte: '50' })));
  ok(await as('norrbotten', () => submitStaffingReport({ id: norrbotten.id, version: norrbotten.version })));
});

describe(`the national report of a round (${process.env.TEST_DATABASE})`, () => {
  it('lists only rounds whose last day has passed', async () => {
    const rounds = await listClosedRounds();
    expect(rounds.map((r) => r.name)).toEqual(['Avslutad omgång']);
  });

  it('holds the published figures for the round’s date only, and every region’s state and lateness', async () => {
    const result = await getRoundReport('2025-06-30');
    if (!result) throw new Error('no report');
    expect(result.round).toMatchObject({ name: 'Avslutad omgång', closesOn: '2025-08-31' });
    // Published only: Norrbotten's report in review is not in it, Gotland's published one is.
    expect(result.data.reports.map((r) => [r.regionCode, r.referenceDate, r.specialistsFte])).toEqual([['09', '2025-06-30', 38]]);
    expect(result.data.reports.some((r) => r.referenceDate !== '2025-06-30')).toBe(false);
    const standing = (code: string) => result.standings.find((s) => s.regionCode === code);
    expect(result.standings).toHaveLength(21);
    expect(standing('09')).toMatchObject({ state: 'published', timing: { kind: 'late' } });
    expect(standing('25')).toMatchObject({ state: 'submitted', timing: { kind: 'late' } });
    expect(standing('01')).toEqual({ regionCode: '01', state: 'not_started', timing: { kind: 'not_sent_in' } });
  });

  it('has no report for a round still open, a date without a round, or anything else', async () => {
    for (const address of ['2098-06-30', '2024-12-31', '2025-6-30', "2025-06-30' or 1=1", '', '9'.repeat(500)]) {
      expect(await getRoundReport(address), address).toBeNull();
    }
  });
});
