import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteDecision, saveDecision, submitDecision } from '@/lib/data/decisions';
import type { EntryResult } from '@/lib/data/entry';
import { saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import { loadPublishedRecord } from '@/lib/data/published-record';
import { listForReview, publishApproved, reopenRecord, reviewRecords, type ReviewResult } from '@/lib/data/review';
import type { Database } from '@/lib/db/client';
import { auditLog, decisions, followUpRounds, publicationItems, publications, staffingReports } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople, REFUSED_AS_ADMIN } from '../support/people';

let db: Database;
const people = { admin: '', editor: '', deactivated: '' };

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(db, 'review.example', { admin: { role: 'admin', region: null }, editor: { role: 'editor', region: '09' }, deactivated: { role: 'admin', region: null, active: false } }, people);
  await db.insert(followUpRounds).values([
    { name: 'Omgång A', referenceDate: '2025-06-30', opensOn: '2025-07-01', closesOn: '2099-12-31' },
    { name: 'Omgång B', referenceDate: '2025-03-31', opensOn: '2025-04-01', closesOn: '2025-04-30' },
    { name: 'Omgång C', referenceDate: '2025-09-30', opensOn: '2025-10-01', closesOn: '2099-12-31' },
  ]);
});

const as = actingAs(people);
const report = { referenceDate: '2025-06-30', specialistsHeadcount: '40', specialistsFte: '38', traineesHeadcount: '10', traineesFte: '9', source: 'Regionens personalsystem' };

function ok<R extends EntryResult | ReviewResult>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.failure)}`);
  return result as Extract<R, { ok: true }>;
}

/** A report of region 09 sent in for review; its reference as the review screen names it. */
async function submittedReport(overrides: Record<string, string> = {}) {
  const saved = ok(await as('editor', () => saveStaffingReport({ ...report, ...overrides })));
  const sent = ok(await as('editor', () => submitStaffingReport({ id: saved.id, version: saved.version })));
  return { id: sent.id, ref: `staffing_report:${sent.id}:${sent.version}` };
}

async function refOf(id: number) {
  const [row] = await db.select({ version: staffingReports.version }).from(staffingReports).where(eq(staffingReports.id, id));
  return `staffing_report:${id}:${row!.version}`;
}

const state = async () =>
  JSON.stringify([
    await db.select().from(staffingReports).orderBy(asc(staffingReports.id)),
    await db.select().from(decisions).orderBy(asc(decisions.id)),
    (await db.select({ id: auditLog.id }).from(auditLog)).length,
    (await db.select({ id: publications.id }).from(publications)).length,
  ]);

describe(`review and publication (${process.env.TEST_DATABASE})`, () => {
  it('only an active administrator reviews, reopens or publishes; refused calls change nothing', async () => {
    const { ref } = await submittedReport({ referenceDate: '2025-03-31' });
    for (const [who, kind] of REFUSED_AS_ADMIN) {
      const before = await state();
      expect(await as(who, () => listForReview())).toEqual({ kind });
      expect(await as(who, () => reviewRecords({ items: [ref], decision: 'approve' }))).toEqual({ ok: false, failure: { kind } });
      expect(await as(who, () => reopenRecord({ item: ref, comment: 'Fel' }))).toEqual({ ok: false, failure: { kind } });
      expect(await as(who, () => publishApproved({ items: [ref], confirmed: 'yes' }))).toEqual({ ok: false, failure: { kind } });
      expect(await state(), `${who} changed something`).toBe(before);
    }
    // Sent in after its round's last day: on the review screen it is marked late.
    const queue = await as('admin', () => listForReview());
    if ('kind' in queue) throw new Error(queue.kind);
    const item = queue.submitted.find((i) => i.ref === ref);
    expect(item?.daysLate).toBeGreaterThan(0);
    expect(item?.residentsPerDoctor?.record).toMatchObject({ kind: 'value' });
  });

  it('returned with a reason, corrected, approved (locked for the region), reopened, approved and published: the public sees it only then, and the change log says so', async () => {
    const { id, ref } = await submittedReport();
    expect((await loadPublishedRecord()).staffing.some((s) => s.id === id)).toBe(false);

    const before = await state();
    expect(await as('admin', () => reviewRecords({ items: [ref], decision: 'return', comment: '' }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { comment: 'reason_required' } } });
    expect(await state()).toBe(before);
    ok(await as('admin', () => reviewRecords({ items: [ref], decision: 'return', comment: 'ST-läkarnas heltider verkar för höga.' })));
    const [returned] = await db.select().from(staffingReports).where(eq(staffingReports.id, id));
    expect(returned).toMatchObject({ status: 'returned', reviewComment: 'ST-läkarnas heltider verkar för höga.', reviewedBy: people.admin });

    // The region corrects and sends it in again.
    const edited = ok(await as('editor', () => saveStaffingReport({ ...report, traineesFte: '8', id: String(id), version: String(returned!.version) })));
    ok(await as('editor', () => submitStaffingReport({ id: edited.id, version: edited.version })));
    ok(await as('admin', async () => reviewRecords({ items: [await refOf(id)], decision: 'approve', comment: 'Rimligt.' })));
    const [approved] = await db.select().from(staffingReports).where(eq(staffingReports.id, id));
    expect(approved?.status).toBe('approved');
    expect(await as('editor', () => saveStaffingReport({ ...report, id: String(id), version: String(approved!.version) }))).toMatchObject({ ok: false, failure: { kind: 'read_only', status: 'approved' } });
    expect((await loadPublishedRecord()).staffing.some((s) => s.id === id)).toBe(false);

    // Reopened (with a reason), sent in again, approved again.
    expect(await as('admin', async () => reopenRecord({ item: await refOf(id), comment: '' }))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    ok(await as('admin', async () => reopenRecord({ item: await refOf(id), comment: 'Källan behöver anges mer precist.' })));
    const [reopened] = await db.select().from(staffingReports).where(eq(staffingReports.id, id));
    ok(await as('editor', () => saveStaffingReport({ ...report, traineesFte: '8', source: 'Personalsystemet Heroma, uttag 2025-07-02', id: String(id), version: String(reopened!.version) })));
    ok(await as('editor', async () => submitStaffingReport({ id, version: Number((await refOf(id)).split(':')[2]) })));
    ok(await as('admin', async () => reviewRecords({ items: [await refOf(id)], decision: 'approve' })));

    const published = ok(await as('admin', async () => publishApproved({ items: [await refOf(id)], confirmed: 'yes' })));
    const record = await loadPublishedRecord();
    expect(record.staffing.find((s) => s.id === id)).toMatchObject({ traineesFte: 8, source: 'Personalsystemet Heroma, uttag 2025-07-02' });
    const items = await db.select().from(publicationItems).where(eq(publicationItems.publicationId, published.publicationId!));
    expect(items).toEqual([expect.objectContaining({ regionCode: '09', entity: 'staffing_report', recordId: id, change: 'new', details: expect.objectContaining({ traineesFte: 8 }) })]);

    const steps = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, 'staffing_report'), eq(auditLog.entityId, String(id)))).orderBy(asc(auditLog.id));
    expect(steps.map((s) => s.action)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'approve', 'reopen', 'update', 'submit', 'approve', 'publish']);
  });

  it('a published correction replaces the figure for its date; the earlier one is kept as superseded and the change log calls it a correction', async () => {
    const publish = async (id: number) => {
      ok(await as('admin', async () => reviewRecords({ items: [await refOf(id)], decision: 'approve' })));
      return ok(await as('admin', async () => publishApproved({ items: [await refOf(id)], confirmed: 'yes' })));
    };
    const first = await submittedReport({ referenceDate: '2025-09-30', specialistsFte: '35' });
    await publish(first.id);
    const correction = await submittedReport({ referenceDate: '2025-09-30', specialistsFte: '30' });
    const result = await publish(correction.id);

    const published = (await loadPublishedRecord()).staffing.filter((s) => s.regionCode === '09' && s.referenceDate === '2025-09-30');
    expect(published.map((s) => [s.id, s.specialistsFte])).toEqual([[correction.id, 30]]);
    const [earlier] = await db.select().from(staffingReports).where(eq(staffingReports.id, first.id));
    expect(earlier).toMatchObject({ status: 'superseded', specialistsFte: 35 });
    const [item] = await db.select().from(publicationItems).where(eq(publicationItems.publicationId, result.publicationId!));
    expect(item).toMatchObject({ change: 'correction', details: expect.objectContaining({ specialistsFte: 30 }) });
  });

  it('acts on all the chosen records or none: one changed since it was seen stops the whole action, and is named', async () => {
    const saved = ok(await as('editor', () => saveDecision({ kind: 'decided_1100', targetFigure: '1100', decidedOn: '2024' })));
    const decision = ok(await as('editor', () => submitDecision({ id: saved.id, version: saved.version })));
    const fresh = `decision:${decision.id}:${decision.version}`;
    const stale = `decision:${decision.id}:${decision.version - 1}`;
    const before = await state();
    expect(await as('admin', () => reviewRecords({ items: [fresh, stale], decision: 'approve' }))).toEqual({ ok: false, failure: { kind: 'stale', items: [stale] } });
    expect(await as('admin', () => publishApproved({ items: [fresh], confirmed: 'yes' }))).toEqual({ ok: false, failure: { kind: 'stale', items: [fresh] } });
    expect(await as('admin', () => reviewRecords({ items: ['decision:1:1; drop table users', 'nonsense'], decision: 'approve' }))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    expect(await as('admin', () => reviewRecords({ items: [], decision: 'approve' }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { items: 'choose_items' } } });
    expect(await state()).toBe(before);
    ok(await as('admin', () => reviewRecords({ items: [fresh], decision: 'approve' })));
  });
  it('publishes, and deletes a draft, only with the answer of the confirmation step: without it, or with another answer, nothing changes', async () => {
    const decided = { kind: 'decided_1100', targetFigure: '1100', decidedOn: '2023' };
    const saved = ok(await as('editor', () => saveDecision(decided)));
    const sent = ok(await as('editor', () => submitDecision({ id: saved.id, version: saved.version })));
    ok(await as('admin', () => reviewRecords({ items: [`decision:${sent.id}:${sent.version}`], decision: 'approve' })));
    const [row] = await db.select().from(decisions).where(eq(decisions.id, sent.id));
    const approved = `decision:${sent.id}:${row!.version}`;
    const draft = ok(await as('editor', () => saveDecision(decided)));
    const unconfirmed = { ok: false, failure: { kind: 'invalid', fields: { confirmed: 'confirm_required' } } };
    const before = await state();
    for (const confirmed of [undefined, '', 'no', 'YES', true]) {
      expect(await as('admin', () => publishApproved({ items: [approved], confirmed }))).toEqual(unconfirmed);
      expect(await as('editor', () => deleteDecision({ id: draft.id, version: draft.version, confirmed }))).toEqual(unconfirmed);
    }
    expect(await as('admin', () => publishApproved({ items: [approved] }))).toEqual(unconfirmed);
    expect(await state()).toBe(before);

    ok(await as('admin', () => publishApproved({ items: [approved], confirmed: 'yes' })));
    expect((await loadPublishedRecord()).decisions.some((d) => d.id === sent.id)).toBe(true);
    ok(await as('editor', () => deleteDecision({ id: draft.id, version: draft.version, confirmed: 'yes' })));
    expect(await db.select().from(decisions).where(eq(decisions.id, draft.id))).toEqual([]);
  });
});
