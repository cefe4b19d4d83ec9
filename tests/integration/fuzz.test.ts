import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeAccount, createAccountAsAdmin } from '@/lib/data/account-admin';
import { deleteDecision, saveDecision, submitDecision } from '@/lib/data/decisions';
import { deleteStaffingReport, saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import { commitImport, previewImport } from '@/lib/data/import';
import { publishApproved, reopenRecord, reviewRecords } from '@/lib/data/review';
import { changeRound, createRound } from '@/lib/data/round-admin';
import type { Database } from '@/lib/db/client';
import { decisions, followUpRounds, staffingReports, users } from '@/lib/db/schema';
import { DECISION_KINDS } from '@/lib/domain/decisions';
import { TEMPLATE_COLUMNS } from '@/lib/import/staffing-template';
import { preparedDatabase } from '../support/database';
import { writeFingerprint } from '../support/fuzz';
import { FUZZ_SEED, hostileInput, hostileValue, NASTY_STRINGS, writeFuzzCounts, type FuzzCounts } from '../support/fuzz-inputs';
import { actingAs, createPeople } from '../support/people';

/**
 * Every write of the data-access layer (what each server action and the import route call) gets
 * thousands of generated inputs, as each kind of account and signed out. Whatever comes in, the call
 * answers with a result — never an exception, which a server turns into a 500 — and a refused input
 * leaves every table and the audit trail as they were.
 */

let db: Database;
const people = { editor: '', otherEditor: '', admin: '', deactivated: '' };
type Who = keyof typeof people | 'anonymous';
const as = actingAs(people);
const counts: FuzzCounts = { suite: `data-layer-${process.env.TEST_DATABASE}`, inputs: 0, refused: 0, accepted: 0, serverErrors: 0, writesOnRefusal: 0 };

/** Mostly the region's own editor, whose inputs get furthest; everyone else too. */
const who = fc.constantFrom<Who>('editor', 'editor', 'editor', 'editor', 'editor', 'editor', 'otherEditor', 'admin', 'deactivated', 'anonymous');
/** Mostly an administrator, for the administrators' writes. */
const adminOrNot = fc.constantFrom<Who>('admin', 'admin', 'admin', 'admin', 'editor', 'anonymous');

/** Ids and versions: the real ones, their neighbours, and values past the int4 column. */
const known = { decisionIds: [] as number[], reportIds: [] as number[], roundIds: [] as number[], accountIds: [] as string[] };
const idLike = (ids: () => readonly (number | string)[]) =>
  fc.oneof(
    fc.integer({ min: 0, max: 20 }).map((i) => String(ids()[i % Math.max(1, ids().length)] ?? 1)),
    fc.constantFrom('1', '2', '2147483647', '2147483648', '9007199254740992', '9007199254740993', '-1', '0', '1.5', ''),
    fc.integer({ min: 1, max: 3 }).map(String),
  );
const day = fc.date({ min: new Date('1999-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const figure = fc.integer({ min: 0, max: 9000 }).map(String);
const pastDay = fc.date({ min: new Date('2020-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Regionfullmäktige', 'RS 2024/17', 'Personalsystemet'));

/** Runs one generated call; `call` returns the data layer's result ({ ok: … }). */
async function tryInput(actor: Who, call: () => Promise<{ ok: boolean }>): Promise<void> {
  counts.inputs += 1;
  const before = await writeFingerprint(db);
  let result: { ok: boolean };
  try {
    result = await as(actor, call);
  } catch (error) {
    counts.serverErrors += 1;
    throw error;
  }
  if (result.ok) {
    counts.accepted += 1;
    return;
  }
  counts.refused += 1;
  const after = await writeFingerprint(db);
  if (after !== before) counts.writesOnRefusal += 1;
  expect(after, 'a refused input changed a table or the audit trail').toBe(before);
}

const property = <T,>(arbitrary: fc.Arbitrary<T>, run: (value: T) => Promise<void>, numRuns: number) =>
  fc.assert(
    fc.asyncProperty(arbitrary, run),
    { seed: FUZZ_SEED, numRuns, endOnFailure: true },
  );

async function refreshKnown(): Promise<void> {
  known.decisionIds = (await db.select({ id: decisions.id }).from(decisions)).map((r) => r.id);
  known.reportIds = (await db.select({ id: staffingReports.id }).from(staffingReports)).map((r) => r.id);
  known.roundIds = (await db.select({ id: followUpRounds.id }).from(followUpRounds)).map((r) => r.id);
  known.accountIds = (await db.select({ id: users.id }).from(users)).map((r) => r.id);
}

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(
    db,
    'fuzz.example',
    { editor: { role: 'editor', region: '09' }, otherEditor: { role: 'editor', region: '25' }, admin: { role: 'admin', region: null }, deactivated: { role: 'editor', region: '09', active: false } },
    people,
  );
  await db.insert(followUpRounds).values({ name: 'Fuzzomgången', referenceDate: '2024-12-31', opensOn: '2024-01-01', closesOn: '2030-12-31' });
  await refreshKnown();
});

afterAll(() => writeFuzzCounts(counts));

// Thousands of calls, each with two fingerprints of the database: the time is the machine's, the limit only catches a hang.
describe(`fuzzing every write of the data layer (${process.env.TEST_DATABASE})`, { timeout: 1_200_000 }, () => {
  it('decisions: save, submit and delete', async () => {
    const fields = {
      id: idLike(() => known.decisionIds),
      version: idLike(() => [1, 2]),
      kind: fc.constantFrom(...DECISION_KINDS),
      targetFigure: figure,
      targetType: fc.constantFrom('interim', 'final', ''),
      targetYear: fc.integer({ min: 1990, max: 2100 }).map(String),
      decidedOn: fc.oneof(pastDay, pastDay.map((d) => d.slice(0, 7)), pastDay.map((d) => d.slice(0, 4))),
      effectiveOn: day,
      decidingBody: text,
      reference: text,
      sourceUrl: fc.constantFrom('https://region.example/beslut', 'ftp://x', ''),
      note: text,
      plausibilityExplanation: text,
    };
    // New decisions whose fields agree: a figure with its kind, dates in order, an explanation for any question.
    const coherent = fc.record({
      kind: fc.constantFrom('decided_figure', 'declined', 'decided_1100'),
      targetFigure: fc.integer({ min: 300, max: 5000 }).map(String),
      targetYear: fc.integer({ min: 2024, max: 2035 }).map(String),
      decidedOn: pastDay,
      decidingBody: text,
      reference: text,
      note: text,
      plausibilityExplanation: fc.constant('Beslutet är bekräftat.'),
    }).map((d) => (d.kind === 'decided_figure' ? { ...d, targetType: 'interim' } : { ...d, targetFigure: '', targetYear: '' }));
    const decision = hostileInput(fields, coherent);
    await property(fc.tuple(who, decision), ([actor, raw]) => tryInput(actor, () => saveDecision(raw)), 700);
    await refreshKnown();
    const ref = hostileInput({ id: idLike(() => known.decisionIds), version: idLike(() => [1, 2, 3]) });
    await property(fc.tuple(who, ref), ([actor, raw]) => tryInput(actor, () => submitDecision(raw)), 125);
    // Deleting asks for a confirmation: with it, without it, or with a wrong answer.
    const removal = hostileInput({ id: idLike(() => known.decisionIds), version: idLike(() => [1, 2, 3]), confirmed: fc.constantFrom('yes', 'no', '') });
    await property(fc.tuple(who, removal), ([actor, raw]) => tryInput(actor, () => deleteDecision(raw)), 125);
  });

  it('staffing reports: save, submit and delete', async () => {
    const count = fc.integer({ min: 1, max: 60 });
    const fields = {
      id: idLike(() => known.reportIds),
      version: idLike(() => [1, 2]),
      referenceDate: fc.oneof(fc.constant('2024-12-31'), day),
      specialistsHeadcount: figure,
      specialistsFte: fc.oneof(figure, fc.constantFrom('36,5', '12.25', '0,001')),
      traineesHeadcount: figure,
      traineesFte: figure,
      residentsWithNamedContact: fc.integer({ min: 0, max: 6_000_000 }).map(String),
      source: text,
      comment: text,
      plausibilityExplanation: text,
    };
    // Reports for the fuzz round's date with head counts at least their FTE and an explanation for any question.
    const coherent = fc.record({ specialists: count, trainees: count, source: text, comment: text }).map(({ specialists, trainees, source, comment }) => ({
      referenceDate: '2024-12-31',
      specialistsHeadcount: String(specialists),
      specialistsFte: String(specialists),
      traineesHeadcount: String(trainees),
      traineesFte: String(trainees),
      source: source.trim() === '' ? 'Personalsystemet' : source,
      comment,
      plausibilityExplanation: 'Siffrorna är kontrollerade.',
    }));
    const report = hostileInput(fields, coherent);
    await property(fc.tuple(who, report), ([actor, raw]) => tryInput(actor, () => saveStaffingReport(raw)), 700);
    await refreshKnown();
    const ref = hostileInput({ id: idLike(() => known.reportIds), version: idLike(() => [1, 2, 3]) });
    await property(fc.tuple(who, ref), ([actor, raw]) => tryInput(actor, () => submitStaffingReport(raw)), 125);
    // Deleting asks for a confirmation: with it, without it, or with a wrong answer.
    const removal = hostileInput({ id: idLike(() => known.reportIds), version: idLike(() => [1, 2, 3]), confirmed: fc.constantFrom('yes', 'no', '') });
    await property(fc.tuple(who, removal), ([actor, raw]) => tryInput(actor, () => deleteStaffingReport(raw)), 125);
  });

  it('review: approve or return, reopen and publish', async () => {
    await refreshKnown();
    const recordRef = fc.oneof(
      fc.tuple(fc.constantFrom('decision', 'staffing_report'), idLike(() => [...known.decisionIds, ...known.reportIds]), fc.constantFrom('1', '2', '3', '2147483648')).map((parts) => parts.join(':')),
      fc.constantFrom(...NASTY_STRINGS),
    );
    const items = fc.oneof(fc.array(recordRef, { maxLength: 4 }), hostileValue);
    await property(
      fc.tuple(adminOrNot, hostileInput({ items, decision: fc.constantFrom('approve', 'return'), comment: text })),
      ([actor, raw]) => tryInput(actor, () => reviewRecords(raw)),
      300,
    );
    await property(fc.tuple(adminOrNot, hostileInput({ item: recordRef, comment: text })), ([actor, raw]) => tryInput(actor, () => reopenRecord(raw)), 150);
    await property(fc.tuple(adminOrNot, hostileInput({ items, confirmed: fc.constantFrom('yes', 'no', '') })), ([actor, raw]) => tryInput(actor, () => publishApproved(raw)), 100);
  });

  it('rounds: open and change', async () => {
    const round = hostileInput({ name: text, referenceDate: day, opensOn: day, closesOn: day });
    await property(fc.tuple(adminOrNot, round), ([actor, raw]) => tryInput(actor, () => createRound(raw)), 250);
    await refreshKnown();
    const change = hostileInput({ id: idLike(() => known.roundIds), version: idLike(() => [1, 2]), name: text, opensOn: day, closesOn: day });
    await property(fc.tuple(adminOrNot, change), ([actor, raw]) => tryInput(actor, () => changeRound(raw)), 200);
  });

  it('accounts: create and change', async () => {
    // A valid new account costs a password hash: fewer runs, mostly refused ones.
    const account = hostileInput({
      email: fc.oneof(fc.emailAddress(), fc.constantFrom('a@b', 'ingen-snabel-a')),
      name: text,
      role: fc.constantFrom('editor', 'admin'),
      regionCode: fc.constantFrom('01', '09', '25', '99', ''),
      password: fc.constantFrom('', 'kort', 'ett långt lösenord för fuzz-testerna'),
      oidcIssuer: fc.constantFrom('', 'https://idp.example'),
      oidcSubject: text,
    });
    await property(fc.tuple(adminOrNot, account), ([actor, raw]) => tryInput(actor, () => createAccountAsAdmin(raw)), 150);
    await refreshKnown();
    const change = hostileInput({
      id: fc.oneof(fc.constantFrom(...known.accountIds), fc.uuid(), fc.constantFrom('not-a-uuid', '')),
      version: idLike(() => [1, 2]),
      name: text,
      role: fc.constantFrom('editor', 'admin'),
      regionCode: fc.constantFrom('09', '25', ''),
      active: fc.constantFrom('true', 'false'),
    });
    // Never as the administrator running the suite: deactivating it would end the rest of the run.
    await property(
      fc.tuple(adminOrNot, change),
      ([actor, raw]) => tryInput(actor, () => changeAccount(raw && typeof raw === 'object' && (raw as { id?: unknown }).id === people.admin ? { ...raw, id: people.deactivated } : raw)),
      150,
    );
  });

  it('imports: SCB population and the staffing template, as CSV, JSON, XLSX and garbage', async () => {
    const cell = fc.oneof(fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 1000)), fc.string({ maxLength: 8 }), fc.integer().map(String));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 0, maxLength: 6 });
    const csv = fc
      .tuple(fc.constantFrom(TEMPLATE_COLUMNS.map((c) => c.key).join(';'), '"region";"år";"Folkmängd"', ''), rows, fc.constantFrom(';', ',', '\t'))
      .map(([header, body, sep]) => new TextEncoder().encode([header, ...body.map((r) => r.join(sep))].join('\r\n')));
    const json = fc.oneof(fc.json(), fc.constant('{"version":"2.0","class":"dataset","value":[1,2],"id":[],"size":[]}')).map((s) => new TextEncoder().encode(s));
    const garbage = fc.uint8Array({ maxLength: 300 });
    const zipLike = fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]));
    const bytes = fc.oneof(csv, json, garbage, zipLike);
    const name = fc.constantFrom('fil.csv', 'fil.json', 'fil.xlsx', '', 'a'.repeat(300), 'fil\u0000.csv');
    const kind = fc.constantFrom('population', 'staffing', 'other');
    const hex = fc.constantFrom('a'.repeat(64), 'z', '');
    const upload = fc.record({ kind, name, bytes, digest: hex, fingerprint: hex, commit: fc.boolean() });
    await property(
      fc.tuple(adminOrNot, upload),
      ([actor, { kind, name, bytes, digest, fingerprint, commit }]) =>
        tryInput(actor, () => (commit ? commitImport({ kind, file: { name, bytes }, digest, fingerprint }) : previewImport({ kind, file: { name, bytes } }))),
      250,
    );

    // Workbooks with hostile cells, previewed and then committed with the preview's own digest.
    const workbook = fc.array(fc.array(cell, { minLength: 1, maxLength: TEMPLATE_COLUMNS.length }), { minLength: 1, maxLength: 4 });
    await property(
      workbook,
      async (cells) => {
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet('Bemanning');
        sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.key));
        for (const row of cells) sheet.addRow(row);
        const file = { name: 'mall.xlsx', bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
        let preview: Awaited<ReturnType<typeof previewImport>> | null = null;
        await tryInput('admin', async () => (preview = await previewImport({ kind: 'staffing', file })));
        const planned = preview as Awaited<ReturnType<typeof previewImport>> | null;
        if (planned?.ok) await tryInput('admin', () => commitImport({ kind: 'staffing', file, digest: planned.report.digest, fingerprint: planned.report.fingerprint }));
      },
      60,
    );
  });

  it('never threw, and wrote nothing for a refused input', () => {
    expect(counts.serverErrors).toBe(0);
    expect(counts.writesOnRefusal).toBe(0);
    console.log(`[fuzz] ${counts.suite}: ${counts.inputs} inputs (${counts.refused} refused, ${counts.accepted} accepted); ${counts.serverErrors} thrown, ${counts.writesOnRefusal} writes on refusal`);
  });
});
