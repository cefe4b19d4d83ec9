import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '@/lib/data/internal/accounts';
import { deleteDecision, saveDecision, submitDecision } from '@/lib/data/decisions';
import type { EntryFailure, EntryResult, OwnRecords } from '@/lib/data/entry';
import { listOwnRecords } from '@/lib/data/own-records';
import { deleteStaffingReport, saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import { runWithTestSession } from '@/tests/support/session';
import type { Database } from '@/lib/db/client';
import { auditLog, decisions, followUpRounds, staffingReports, users } from '@/lib/db/schema';
import { DECISION_KINDS } from '@/lib/domain/decisions';
import { readFieldError } from '@/lib/entry/field-error';
import sv from '@/messages/sv/entry.json';
import { preparedDatabase } from '../support/database';

const TEST_ACTOR = { id: null, label: 'test' };

let db: Database;
const people: Record<'editorA' | 'colleagueA' | 'editorB' | 'deactivated' | 'admin', string> = {
  editorA: '',
  colleagueA: '',
  editorB: '',
  deactivated: '',
  admin: '',
};
type Who = keyof typeof people | 'anonymous';

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  const password = 'ett långt lösenord för testerna';
  const make = async (key: keyof typeof people, role: 'admin' | 'editor', regionCode: string | null) => {
    const { id } = await createAccount(db, { email: `${key}-entry@region.example`, name: `Namn ${key}`, role, regionCode, password }, TEST_ACTOR);
    people[key] = id;
  };
  await make('editorA', 'editor', '09');
  await make('colleagueA', 'editor', '09');
  await make('editorB', 'editor', '25');
  await make('deactivated', 'editor', '09');
  await make('admin', 'admin', null);
  await db.update(users).set({ active: false }).where(eq(users.id, people.deactivated));
  // Staffing reports are sent in within a follow-up round for their date: the dates these tests use have one.
  const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2023, 0, 2 + i)).toISOString().slice(0, 10));
  await db.insert(followUpRounds).values(days.map((day) => ({ name: `Prov ${day}`, referenceDate: day, opensOn: '2023-01-01', closesOn: '2030-12-31' })));
});

const as = <T,>(who: Who, fn: () => Promise<T>) =>
  runWithTestSession(who === 'anonymous' ? null : { userId: people[who], sessionVersion: 0 }, fn);

const decision = { kind: 'decided_figure', targetFigure: '1 500', targetType: 'interim', decidedOn: '2024-05', decidingBody: 'Regionfullmäktige', reference: 'RS 2024/17' };
const report = {
  referenceDate: '2025-12-31',
  specialistsHeadcount: '40',
  specialistsFte: '36,5',
  traineesHeadcount: '12',
  traineesFte: '11',
  source: 'Regionens HR-system',
};

function created(result: EntryResult): { id: number; version: number } {
  expect(result).toMatchObject({ ok: true });
  if (!result.ok) throw new Error('not saved');
  return { id: result.id, version: result.version };
}

/** Everything a write could change, to show that a refused call changed nothing. */
async function state() {
  return JSON.stringify([
    await db.select().from(decisions).orderBy(asc(decisions.id)),
    await db.select().from(staffingReports).orderBy(asc(staffingReports.id)),
    (await db.select({ id: auditLog.id }).from(auditLog)).length,
  ]);
}

let referenceDay = 0;
/** A fresh reference date per report, so reports do not collide on the one-in-review rule. */
const nextReferenceDate = () => {
  referenceDay += 1;
  const date = new Date(Date.UTC(2023, 0, 1 + referenceDay));
  return date.toISOString().slice(0, 10);
};

describe(`a region's own decisions and staffing reports (${process.env.TEST_DATABASE})`, () => {
  it('saves a decision as a draft of the editor’s own region, with the figure parsed and the date as precise as given', async () => {
    const { id } = created(await as('editorA', () => saveDecision(decision)));
    const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
    expect(row).toMatchObject({ regionCode: '09', status: 'draft', version: 1, targetFigure: 1500, targetType: 'interim', decidedOn: '2024-05-01', decidedOnPrecision: 'month', createdBy: people.editorA });
    const own = await as('editorA', () => listOwnRecords());
    expect('decisions' in own && own.decisions.some((d) => d.id === id)).toBe(true);
  });

  it('refuses a region named by the form, and any other unknown field, writing nothing', async () => {
    const before = await state();
    expect(await as('editorA', () => saveDecision({ ...decision, regionCode: '25' }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { _form: 'unknown_field' } } });
    expect(await as('editorA', () => saveStaffingReport({ ...report, region_code: '25' }))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    expect(await state()).toBe(before);
  });

  it('answers bad input field by field, in codes the form translates', async () => {
    const result = await as('editorA', () => saveStaffingReport({ ...report, specialistsFte: '36,555', traineesHeadcount: '-1', source: ' ', referenceDate: '2025-02-30' }));
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'invalid', fields: { specialistsFte: 'two_decimals', traineesHeadcount: 'integer_range?min=0&max=20000', source: 'required', referenceDate: 'date_invalid' } },
    });
    expect(await as('editorA', () => saveDecision({ ...decision, kind: 'decided_no_figure' }))).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', fields: { targetFigure: 'figure_not_allowed' } },
    });
  });

  it('no decision, declined and revoked save without a figure and are refused with one; the retired kind "none" is refused at the kind', async () => {
    for (const kind of ['no_decision', 'declined', 'revoked'] as const) {
      const { id } = created(await as('editorA', () => saveDecision({ ...decision, kind, targetFigure: '', targetType: '' })));
      const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
      expect(row, kind).toMatchObject({ kind, targetFigure: null, targetType: null, status: 'draft', decidedOn: '2024-05-01' });

      const before = await state();
      expect(await as('editorA', () => saveDecision({ ...decision, kind, targetType: '' })), kind).toEqual({
        ok: false,
        failure: { kind: 'invalid', fields: { targetFigure: 'figure_not_allowed' } },
      });
      expect(await state()).toBe(before);
    }
    const before = await state();
    expect(await as('editorA', () => saveDecision({ ...decision, kind: 'none', targetFigure: '', targetType: '' }))).toEqual({
      ok: false,
      failure: { kind: 'invalid', fields: { kind: 'choose_one' } },
    });
    expect(await state()).toBe(before);
  });

  describe('who may do what (role × action)', () => {
    const actions: Record<string, (target: Targets) => Promise<EntryResult | OwnRecords | EntryFailure>> = {
      'create decision': async () => saveDecision(decision),
      'edit decision': async (target: Targets) => saveDecision({ ...decision, id: target.decision.id, version: target.decision.version, note: 'ändrad' }),
      'submit decision': async (target: Targets) => submitDecision(target.decision),
      'delete decision': async (target: Targets) => deleteDecision({ ...target.decision, confirmed: 'yes' }),
      'create report': async () => saveStaffingReport({ ...report, referenceDate: nextReferenceDate() }),
      'edit report': async (target: Targets) => saveStaffingReport({ ...report, referenceDate: target.reportDate, id: target.report.id, version: target.report.version, comment: 'ändrad' }),
      'submit report': async (target: Targets) => submitStaffingReport(target.report),
      'delete report': async (target: Targets) => deleteStaffingReport({ ...target.report, confirmed: 'yes' }),
      'list own records': async () => listOwnRecords(),
    };
    type Targets = { decision: { id: number; version: number }; report: { id: number; version: number }; reportDate: string };

    /** Region A's records, fresh for each cell, made by region A's editor. */
    async function targets(): Promise<Targets> {
      const reportDate = nextReferenceDate();
      return {
        decision: created(await as('editorA', () => saveDecision(decision))),
        report: created(await as('editorA', () => saveStaffingReport({ ...report, referenceDate: reportDate }))),
        reportDate,
      };
    }

    const denied = { anonymous: 'unauthenticated', deactivated: 'unauthenticated', admin: 'forbidden', editorB: 'not_found' } as const;

    for (const [name, action] of Object.entries(actions)) {
      it(`${name}: denied to the signed-out, the deactivated and administrators, and to another region for region A's records; nothing changes`, async () => {
        const target = await targets();
        for (const who of ['anonymous', 'deactivated', 'admin', 'editorB'] as const) {
          const before = await state();
          const result = await as(who, () => action(target));
          const ownRegionWrite = who === 'editorB' && (name.startsWith('create') || name === 'list own records');
          if (ownRegionWrite) {
            // Region B may create and list records, but only ever in and of region B.
            if ('ok' in result) expect(result.ok).toBe(true);
            const own = await as('editorB', () => listOwnRecords());
            expect('regionCode' in own && own.regionCode).toBe('25');
            if ('decisions' in own) for (const row of [...own.decisions, ...own.reports]) expect(row.regionCode).toBe('25');
            continue;
          }
          const kind = 'ok' in result ? (result.ok ? 'ok' : result.failure.kind) : 'regionCode' in result ? 'listed' : result.kind;
          expect(kind, `${who} → ${name}`).toBe(denied[who]);
          expect(await state(), `${who} → ${name} changed the database`).toBe(before);
        }
        const allowed = await as('editorA', () => action(target));
        expect('ok' in allowed ? allowed.ok : 'regionCode' in allowed, `editorA → ${name}`).toBe(true);
      });
    }
  });

  it('an edit based on an old version is refused with the current values and who changed them', async () => {
    const first = created(await as('editorA', () => saveDecision(decision)));
    created(await as('colleagueA', () => saveDecision({ ...decision, ...first, note: 'kollegans ändring' })));
    const stale = await as('editorA', () => saveDecision({ ...decision, ...first, note: 'min ändring' }));
    expect(stale).toMatchObject({ ok: false, failure: { kind: 'conflict', changedBy: 'Namn colleagueA', current: { note: 'kollegans ändring', version: 2 } } });
    const [row] = await db.select().from(decisions).where(eq(decisions.id, first.id));
    expect(row?.note).toBe('kollegans ändring');
  });

  it('two editors saving the same record at once: exactly one wins, 50 times over, and no update is lost', async () => {
    for (let round = 0; round < 50; round += 1) {
      const record = created(await as('editorA', () => saveStaffingReport({ ...report, referenceDate: nextReferenceDate() })));
      const [row] = await db.select().from(staffingReports).where(eq(staffingReports.id, record.id));
      const edit = (who: 'editorA' | 'colleagueA') =>
        as(who, () => saveStaffingReport({ ...report, referenceDate: row!.referenceDate, ...record, comment: `från ${who}` }));
      const results = await Promise.all([edit('editorA'), edit('colleagueA')]);
      const winners = results.filter((r) => r.ok);
      expect(winners, `round ${round}`).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.failure.kind === 'conflict')).toHaveLength(1);
      const [after] = await db.select().from(staffingReports).where(eq(staffingReports.id, record.id));
      const winner = results.indexOf(winners[0]!) === 0 ? 'editorA' : 'colleagueA';
      expect(after).toMatchObject({ version: 2, comment: `från ${winner}` });
    }
  });

  it('asks for an explanation of an implausible report instead of refusing it, and stores the answer', async () => {
    const before = await state();
    const implausible = { ...report, referenceDate: nextReferenceDate(), specialistsFte: '45' }; // 45 FTE from 40 people
    expect(await as('editorA', () => saveStaffingReport(implausible))).toEqual({ ok: false, failure: { kind: 'needs_explanation', warnings: ['fte_above_headcount'] } });
    expect(await state()).toBe(before);
    const { id } = created(await as('editorA', () => saveStaffingReport({ ...implausible, plausibilityExplanation: 'Timanställda räknas in i heltiderna.' })));
    const [row] = await db.select().from(staffingReports).where(eq(staffingReports.id, id));
    expect(row).toMatchObject({ plausibilityWarnings: ['fte_above_headcount'], plausibilityExplanation: 'Timanställda räknas in i heltiderna.' });
  });

  it('asks about a report whose residents per doctor moved by more than a quarter since the last published one', async () => {
    // Gotland's last published figure: its population (about 60 000) over 50 FTE, about 1 200.
    await db.insert(staffingReports).values({ regionCode: '09', referenceDate: '2024-12-31', specialistsHeadcount: 50, specialistsFte: 50, traineesHeadcount: 0, traineesFte: 0, source: 'Publicerad', status: 'published' });
    const later = { ...report, referenceDate: '2025-06-30', traineesHeadcount: '0', traineesFte: '0' };
    // 47 FTE: about 6 % more residents per doctor, no question; 20 FTE: about 2.5 times as many.
    created(await as('editorA', () => saveStaffingReport({ ...later, specialistsHeadcount: '47', specialistsFte: '47' })));
    expect(await as('colleagueA', () => saveStaffingReport({ ...later, referenceDate: '2025-07-31', specialistsHeadcount: '20', specialistsFte: '20' }))).toEqual({
      ok: false,
      failure: { kind: 'needs_explanation', warnings: ['large_change'] },
    });
  });

  it('one report in review per date: a second is refused at the date field', async () => {
    const referenceDate = nextReferenceDate();
    created(await as('editorA', () => saveStaffingReport({ ...report, referenceDate })));
    expect(await as('colleagueA', () => saveStaffingReport({ ...report, referenceDate }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { referenceDate: 'report_exists' } } });
  });

  it('a submitted record is read-only to the region, and every step is in the audit trail with old and new values', async () => {
    const draft = created(await as('editorA', () => saveDecision(decision)));
    const edited = created(await as('editorA', () => saveDecision({ ...decision, ...draft, targetFigure: '1400' })));
    const submitted = created(await as('editorA', () => submitDecision(edited)));
    expect(await as('editorA', () => saveDecision({ ...decision, ...submitted, note: 'efteråt' }))).toMatchObject({ ok: false, failure: { kind: 'read_only', status: 'submitted' } });
    expect(await as('editorA', () => deleteDecision({ ...submitted, confirmed: 'yes' }))).toMatchObject({ ok: false, failure: { kind: 'read_only' } });

    const trail = await db.select().from(auditLog).where(eq(auditLog.entityId, String(draft.id))).orderBy(asc(auditLog.id));
    const steps = trail.filter((entry) => entry.entity === 'decision').map((entry) => [entry.action, entry.actorId, entry.oldValue, entry.newValue]);
    expect(steps).toEqual([
      ['create', people.editorA, null, expect.objectContaining({ targetFigure: 1500, kind: 'decided_figure' })],
      ['update', people.editorA, { targetFigure: 1500 }, { targetFigure: 1400 }],
      ['submit', people.editorA, { status: 'draft' }, { status: 'submitted' }],
    ]);
  });

  it('a staffing report is sent in only within a round for its date: none, or not yet open, is refused and changes nothing', async () => {
    const noRound = created(await as('editorA', () => saveStaffingReport({ ...report, referenceDate: '2022-03-31' })));
    let before = await state();
    expect(await as('editorA', () => submitStaffingReport(noRound))).toEqual({ ok: false, failure: { kind: 'no_round' } });
    expect(await state()).toBe(before);

    await db.insert(followUpRounds).values({ name: 'Framtida', referenceDate: '2022-04-30', opensOn: '2099-01-01', closesOn: '2099-02-01' });
    const early = created(await as('editorA', () => saveStaffingReport({ ...report, referenceDate: '2022-04-30' })));
    before = await state();
    expect(await as('editorA', () => submitStaffingReport(early))).toEqual({ ok: false, failure: { kind: 'round_not_open', opensOn: '2099-01-01' } });
    expect(await state()).toBe(before);

    // After the last day it still goes in, with the day it was sent (the status board marks it late).
    await db.insert(followUpRounds).values({ name: 'Stängd', referenceDate: '2022-05-31', opensOn: '2022-06-01', closesOn: '2022-06-30' });
    const late = created(await as('editorA', () => saveStaffingReport({ ...report, referenceDate: '2022-05-31' })));
    created(await as('editorA', () => submitStaffingReport(late)));
    const [row] = await db.select().from(staffingReports).where(eq(staffingReports.id, late.id));
    expect(row).toMatchObject({ status: 'submitted', submittedAt: expect.any(Date) });
  });

  it('never answers bad input with an exception or a partial write (1 000 generated cases per form)', async () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', '1 100', '12,5', '-3', '2024-13-01', '2024-02', '1e9', 'NaN', '<script>', "' or 1=1"));
    const decisionFields = fc.dictionary(
      fc.constantFrom('kind', 'targetFigure', 'targetType', 'targetYear', 'decidedOn', 'effectiveOn', 'sourceUrl', 'note', 'id', 'version', 'regionCode', 'status'),
      fc.oneof(text, fc.constantFrom(...DECISION_KINDS, 'interim', 'final')),
    );
    const reportFields = fc.dictionary(
      fc.constantFrom('referenceDate', 'specialistsHeadcount', 'specialistsFte', 'traineesHeadcount', 'traineesFte', 'residentsWithNamedContact', 'source', 'id', 'version', 'regionCode'),
      text,
    );
    for (const [save, fields] of [
      [saveDecision, decisionFields],
      [saveStaffingReport, reportFields],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(fields, async (input) => {
          const before = await state();
          const result = await as('editorA', () => save(input));
          if (result.ok) return;
          expect(['invalid', 'needs_explanation', 'not_found', 'read_only', 'conflict']).toContain(result.failure.kind);
          if (result.failure.kind === 'invalid') {
            // Each field's error is a message the form has, with the values it names, never a library's sentence.
            for (const error of Object.values(result.failure.fields)) expect(Object.keys(sv.entry.errors)).toContain(readFieldError(error).code);
          }
          expect(await state()).toBe(before);
        }),
        { numRuns: 1000 },
      );
    }
  }, 300_000);
});
