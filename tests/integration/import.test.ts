import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitImport, previewImport, type ImportResult } from '@/lib/data/import';
import { readImportProgress } from '@/lib/data/import-progress';
import { progressReporter } from '@/lib/data/internal/import-progress';
import { startSession } from '@/lib/data/internal/sessions';
import { administrator } from '@/lib/data/viewer';
import { runWithTestSession } from '@/tests/support/session';
import type { Database } from '@/lib/db/client';
import { auditLog, population, staffingReports } from '@/lib/db/schema';
import { populationRows } from '@/lib/db/seed/population';
import { TEMPLATE_COLUMNS, templateWorkbook, type TemplateKey } from '@/lib/import/staffing-template';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople, REFUSED_AS_ADMIN } from '../support/people';

let db: Database;
const people = { admin: '', editor: '', deactivated: '' };

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '../fixtures/scb', name)));
const scbCsv = fixture('be0101n1-lan-2020-2023.csv');
const scbJson = fixture('be0101n1-lan-2020-2023.json');
const scbJsonValueRemoved = fixture('be0101n1-lan-2020-2023-value-removed.json');
const scbJsonValueAdded = fixture('be0101n1-lan-2020-2023-value-added.json');
const scbJsonReordered = fixture('be0101n1-lan-2020-2023-reordered.json');

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(db, 'import.example', { admin: { role: 'admin', region: null }, editor: { role: 'editor', region: '09' }, deactivated: { role: 'admin', region: null, active: false } }, people);
});

const as = actingAs(people);
const populationState = async () => JSON.stringify(await db.select().from(population).orderBy(asc(population.regionCode), asc(population.year)));
const staffingState = async () => JSON.stringify(await db.select().from(staffingReports).orderBy(asc(staffingReports.id)));
const auditCount = async () => (await db.select({ id: auditLog.id }).from(auditLog)).length;
const everything = async () => [await populationState(), await staffingState(), await auditCount()].join('\n');

const file = (name: string, bytes: Uint8Array) => ({ name, bytes });
function report(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a report, got ${JSON.stringify(result.failure).slice(0, 500)}`);
  return result.report;
}
async function importFile(kind: 'population' | 'staffing', name: string, bytes: Uint8Array) {
  const preview = report(await as('admin', () => previewImport({ kind, file: file(name, bytes) })));
  return as('admin', () => commitImport({ kind, file: file(name, bytes), digest: preview.digest, fingerprint: preview.fingerprint }));
}

/** SCB's figures as the seeded public record has them, by region (the fixtures' source). */
const seeded = (year: number) => new Map(populationRows.filter(([, y]) => y === year).map(([code, , residents]) => [code, residents]));
const seeded2023 = seeded(2023);
const storedFigures = async (year: number) => new Map((await db.select().from(population).where(eq(population.year, year))).map((row) => [row.regionCode, row.residents]));

describe(`bulk import (${process.env.TEST_DATABASE})`, () => {
  it('only an active administrator previews or imports; refused calls change nothing', async () => {
    for (const [who, kind] of REFUSED_AS_ADMIN) {
      const before = await everything();
      expect(await as(who, () => previewImport({ kind: 'population', file: file('scb.csv', scbCsv) }))).toEqual({ ok: false, failure: { kind } });
      expect(await as(who, () => commitImport({ kind: 'population', file: file('scb.csv', scbCsv), digest: 'a'.repeat(64), fingerprint: 'b'.repeat(64) }))).toEqual({
        ok: false,
        failure: { kind },
      });
      expect(await as(who, () => readImportProgress('0b0e4f7e-5a8e-4c1e-9a7e-2f1d3c4b5a6e'))).toEqual({ ok: false, failure: { kind } });
      expect(await everything()).toBe(before);
    }
  });

  it("imports SCB's BE0101N1 CSV: a dry run lists every row and writes nothing; the commit writes exactly that, audited", async () => {
    // 2023 not yet known here: the file brings it; 2020 is known from another source and becomes SCB's.
    await db.delete(population).where(eq(population.year, 2023));
    const before = await everything();
    const preview = report(await as('admin', () => previewImport({ kind: 'population', file: file('BE0101N1.csv', scbCsv) })));
    expect(await everything()).toBe(before);
    // 2020's stored figures are SCB's already, from other copies: only their source changes.
    expect(preview.counts).toEqual({ insert: 21, change: 0, source_only: 21, unchanged: 0, issues: 0, leftAlone: 2 });
    expect(preview.leftAlone.map((row) => row.reason)).toEqual(['national_total', 'national_total']);
    const gotland = preview.rows.find((row) => row.regionCode === '09' && row.period === '2023');
    expect(gotland).toMatchObject({ action: 'insert', row: 12, column: '2023', before: null, after: { residents: seeded2023.get('09') } });

    const committed = report(await as('admin', () => commitImport({ kind: 'population', file: file('BE0101N1.csv', scbCsv), digest: preview.digest, fingerprint: preview.fingerprint })));
    expect(committed.counts).toEqual(preview.counts);
    const stored = await db.select().from(population).where(eq(population.year, 2023));
    expect(new Map(stored.map((row) => [row.regionCode, row.residents]))).toEqual(seeded2023);
    expect(stored.every((row) => row.sourceStatus === 'verified' && row.source.includes('BE0101N1'))).toBe(true);
    const audits = await db.select().from(auditLog).where(inArray(auditLog.entity, ['population', 'import']));
    expect(audits.filter((entry) => entry.entity === 'population')).toHaveLength(42);
    expect(audits.find((entry) => entry.entity === 'population' && entry.entityId === '09:2023')).toMatchObject({ action: 'import', actorId: people.admin, oldValue: null });
    expect(audits.filter((entry) => entry.entity === 'import')).toHaveLength(1);
  });

  it('the same file again, or the same table as JSON-stat2, changes nothing and writes nothing', async () => {
    const before = await everything();
    for (const [name, bytes] of [
      ['BE0101N1.csv', scbCsv],
      ['BE0101N1.json', scbJson],
    ] as const) {
      const again = report(await importFile('population', name, bytes));
      expect(again.counts).toMatchObject({ insert: 0, change: 0, source_only: 0, unchanged: 42, issues: 0 });
    }
    expect(await everything()).toBe(before);
  });

  it('a file with one bad row imports nothing and names the row and column', async () => {
    const text = new TextDecoder('windows-1252').decode(scbCsv).replace('"09 Gotlands län",60124,61029', '"09 Gotlands län",60124,61 02x9');
    const bad = new Uint8Array(Buffer.from(text, 'latin1'));
    await db.delete(population).where(eq(population.year, 2020));
    const before = await everything();
    const preview = report(await as('admin', () => previewImport({ kind: 'population', file: file('bad.csv', bad) })));
    expect(preview.issues).toEqual([{ row: 12, column: '2023', code: 'residents_not_whole_number', values: { value: '61 02x9' } }]);
    const committed = await as('admin', () => commitImport({ kind: 'population', file: file('bad.csv', bad), digest: preview.digest, fingerprint: preview.fingerprint }));
    expect(committed).toMatchObject({ ok: false, failure: { kind: 'issues', report: { issues: [{ row: 12, column: '2023' }] } } });
    expect(await everything()).toBe(before);
  });

  it('refuses a commit whose file or plan differs from the dry run, writing nothing', async () => {
    const preview = report(await as('admin', () => previewImport({ kind: 'population', file: file('BE0101N1.json', scbJson) })));
    expect(preview.counts).toMatchObject({ insert: 21, unchanged: 21 });
    const before = await everything();
    expect(await as('admin', () => commitImport({ kind: 'population', file: file('BE0101N1.csv', scbCsv), digest: preview.digest, fingerprint: preview.fingerprint }))).toEqual({
      ok: false,
      failure: { kind: 'invalid', fields: { file: 'file_not_previewed' } },
    });
    // Someone else stores one of the figures meanwhile: the plan the administrator saw no longer holds.
    await db.insert(population).values({ regionCode: '09', year: 2020, residents: 60124, source: 'SCB', sourceStatus: 'verified' });
    const changedBefore = await everything();
    const stale = await as('admin', () => commitImport({ kind: 'population', file: file('BE0101N1.json', scbJson), digest: preview.digest, fingerprint: preview.fingerprint }));
    expect(stale).toMatchObject({ ok: false, failure: { kind: 'plan_changed', report: { counts: { insert: 20, change: 0, source_only: 1 } } } });
    expect(await everything()).toBe(changedBefore);
    expect(before).not.toBe(changedBefore);
  });

  it('an import’s progress is known from the moment it is authorised, and its starter reads it while the database is held', async () => {
    const token = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
    const viewer = await as('admin', () => administrator());
    if ('kind' in viewer) throw new Error('expected the administrator');
    const sessionId = await startSession(db, people.admin);
    progressReporter(viewer, token);
    // An import's transaction holds the embedded database's only connection until it ends; a progress
    // request that needed the database would wait for the whole import (and here, for ever).
    const answer = await db.transaction(() => runWithTestSession({ userId: people.admin, sessionVersion: 0, sessionId }, () => readImportProgress(token)));
    expect(answer).toEqual({ ok: true, progress: { phase: 'checking', done: 0, total: 0 } });
  });

  it('imports the staffing template as approved reports; reports progress; a region’s own draft and an unexplained question stop the whole file', async () => {
    const header = TEMPLATE_COLUMNS.map((column) => column.key).join(';');
    const rows = [
      '09;Region Gotland;2025-06-30;40;36,5;14;13;;Regionens personalsystem;;',
      '25;Region Norrbotten;2025-06-30;95;90;30;28,5;200000;Regionens personalsystem;Första rapporten;',
      '10;Region Blekinge;2025-06-30;;;;;;;;',
    ];
    const csv = (lines: string[]) => new Uint8Array(Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`, 'utf8'));
    const token = '5a3c2e1f-0b9d-4c8e-a7f6-e5d4c3b2a190';
    const before = await everything();
    const preview = report(await as('admin', () => previewImport({ kind: 'staffing', file: file('bemanning.csv', csv(rows)), progressToken: token })));
    expect(preview.counts).toMatchObject({ insert: 2, change: 0, unchanged: 0, leftAlone: 1, issues: 0 });
    expect(await as('admin', () => readImportProgress(token))).toEqual({ ok: true, progress: { phase: 'checking', done: 2, total: 2 } });
    // Progress is the starting administrator's own: another account gets no progress under the same token.
    expect(await as('editor', () => readImportProgress(token))).toEqual({ ok: false, failure: { kind: 'forbidden' } });
    expect(await as('deactivated', () => readImportProgress(token))).toEqual({ ok: false, failure: { kind: 'unauthenticated' } });
    expect(await everything()).toBe(before);

    const committed = report(await as('admin', () => commitImport({ kind: 'staffing', file: file('bemanning.csv', csv(rows)), digest: preview.digest, fingerprint: preview.fingerprint, progressToken: token })));
    expect(committed.counts.insert).toBe(2);
    expect(await as('admin', () => readImportProgress(token))).toEqual({ ok: true, progress: { phase: 'writing', done: 2, total: 2 } });
    const stored = await db.select().from(staffingReports).where(eq(staffingReports.referenceDate, '2025-06-30')).orderBy(asc(staffingReports.regionCode));
    expect(stored.map((r) => [r.regionCode, r.status, r.specialistsFte, r.traineesFte, r.residentsWithNamedContact, r.createdBy])).toEqual([
      ['09', 'approved', 36.5, 13, null, people.admin],
      ['25', 'approved', 90, 28.5, 200000, people.admin],
    ]);

    // Changing one figure changes that report in place; the other is left alone.
    const changed = [rows[0]!.replace(';40;36,5;', ';41;36,5;'), rows[1]!];
    const second = report(await importFile('staffing', 'bemanning.csv', csv(changed)));
    expect(second.counts).toMatchObject({ insert: 0, change: 1, source_only: 0, unchanged: 1 });
    const gotland = await db.select().from(staffingReports).where(and(eq(staffingReports.regionCode, '09'), eq(staffingReports.referenceDate, '2025-06-30')));
    expect(gotland.map((r) => [r.specialistsHeadcount, r.version, r.status])).toEqual([[41, 2, 'approved']]);

    // The same figures under another source are a new source, not a changed figure.
    const resourced = [changed[0]!, rows[1]!.replace(';Regionens personalsystem;', ';Regionens lönesystem;')];
    const third = report(await importFile('staffing', 'bemanning.csv', csv(resourced)));
    expect(third.counts).toMatchObject({ insert: 0, change: 0, source_only: 1, unchanged: 1 });
    const norrbotten = await db.select().from(staffingReports).where(and(eq(staffingReports.regionCode, '25'), eq(staffingReports.referenceDate, '2025-06-30')));
    expect(norrbotten.map((r) => [r.specialistsHeadcount, r.source, r.version])).toEqual([[95, 'Regionens lönesystem', 2]]);

    // A region's own draft for a date in the file, and a figure that needs an explanation without one: nothing is imported.
    await db.insert(staffingReports).values({ regionCode: '10', referenceDate: '2025-06-30', specialistsHeadcount: 30, specialistsFte: 28, traineesHeadcount: 5, traineesFte: 5, source: 'Utkast', createdBy: people.editor });
    const stopped = [rows[0]!, '10;Region Blekinge;2025-06-30;30;28;5;5;;Fil;;', '12;Region Skåne;2025-06-30;100;120;40;30;;Fil;;'];
    const stateBefore = await everything();
    const refused = report(await as('admin', () => previewImport({ kind: 'staffing', file: file('bemanning.csv', csv(stopped)) })));
    expect(refused.issues).toEqual([
      { row: 3, column: 'referensdatum', code: 'region_record_in_progress', values: { value: '10 2025-06-30', status: 'draft' } },
      { row: 4, column: 'forklaring', code: 'needs_explanation', values: { value: 'fte_above_headcount' } },
    ]);
    expect(await as('admin', () => commitImport({ kind: 'staffing', file: file('bemanning.csv', csv(stopped)), digest: refused.digest, fingerprint: refused.fingerprint }))).toMatchObject({
      ok: false,
      failure: { kind: 'issues' },
    });
    expect(await everything()).toBe(stateBefore);
  });

  it('reads the XLSX template back as the administrator filled it in, and names bad cells by row and column', async () => {
    const template = await templateWorkbook('sv', {
      sheetName: 'Bemanning',
      guideSheetName: 'Anvisningar',
      describe: Object.fromEntries(TEMPLATE_COLUMNS.map((column) => [column.key, column.key])) as Record<TemplateKey, string>,
      guideIntro: ['Mall'],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Bemanning')!;
    expect(sheet.rowCount).toBe(22);
    const jamtland = sheet.getColumn(1).values.findIndex((value) => value === '23');
    sheet.getRow(jamtland).values = ['23', 'Region Jämtland Härjedalen', new Date(Date.UTC(2025, 5, 30)), 60, 55.25, 20, 18, null, 'Personalsystem'];
    const stockholm = sheet.getColumn(1).values.findIndex((value) => value === '01');
    sheet.getRow(stockholm).values = ['01', 'Region Stockholm', '2025-13-01', 'många', 10, 1, 1, null, 'Personalsystem'];
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const before = await everything();
    const preview = report(await as('admin', () => previewImport({ kind: 'staffing', file: file('bemanning.xlsx', bytes) })));
    expect(preview.issues).toEqual([
      { row: stockholm, column: 'referensdatum', code: 'date_invalid', values: { value: '2025-13-01' } },
      { row: stockholm, column: 'specialister_antal', code: 'integer_range', values: { min: '0', max: '20000', value: 'många' } },
    ]);
    expect(await everything()).toBe(before);

    sheet.getRow(stockholm).values = ['01'];
    const fixed = new Uint8Array(await workbook.xlsx.writeBuffer());
    const committed = report(await importFile('staffing', 'bemanning.xlsx', fixed));
    expect(committed.counts).toMatchObject({ insert: 1, leftAlone: 20 });
    const [row] = await db.select().from(staffingReports).where(and(eq(staffingReports.regionCode, '23'), ne(staffingReports.status, 'superseded')));
    expect(row).toMatchObject({ referenceDate: '2025-06-30', specialistsHeadcount: 60, specialistsFte: 55.25, traineesFte: 18, status: 'approved' });
  });

  it('refuses what is not a file it can read, at the file field', async () => {
    const before = await everything();
    expect(await as('admin', () => previewImport({ kind: 'population', file: file('tom.csv', new Uint8Array()) }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { file: 'file_empty' } } });
    expect(await as('admin', () => previewImport({ kind: 'annat', file: file('a.csv', scbCsv) }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { kind: 'kind_required' } } });
    expect(await as('admin', () => previewImport({ kind: 'population' }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { file: 'file_required' } } });
    const garbage = report(await as('admin', () => previewImport({ kind: 'population', file: file('a.json', new Uint8Array(Buffer.from('{"class": "dataset", "id": [')) ) })));
    expect(garbage.issues).toEqual([{ row: null, column: null, code: 'json_unreadable' }]);
    const workbook = report(await as('admin', () => previewImport({ kind: 'population', file: file('a.xlsx', new Uint8Array(Buffer.from('PK\u0003\u0004 not a zip'))) })));
    expect(workbook.issues).toEqual([{ row: null, column: null, code: 'scb_format' }]);
    expect(await everything()).toBe(before);
  });

  it('a JSON-stat file with a value too few or too many is refused whole: its dry run names the counts, and committing it writes nothing', async () => {
    // Nothing stored for 2020: read by position, the file's figures would be written as new ones.
    await db.delete(population).where(eq(population.year, 2020));
    const before = await everything();
    for (const [bytes, found] of [
      [scbJsonValueRemoved, 41],
      [scbJsonValueAdded, 43],
    ] as const) {
      const preview = report(await as('admin', () => previewImport({ kind: 'population', file: file('BE0101N1.json', bytes) })));
      expect(preview.issues).toEqual([
        { row: null, column: 'value', code: 'jsonstat_value_count', values: { sizes: '21 × 1 × 2', dimensions: 'Region × ContentsCode × Tid', declared: 42, found } },
      ]);
      expect(preview.counts).toEqual({ insert: 0, change: 0, source_only: 0, unchanged: 0, leftAlone: 0, issues: 1 });
      expect(preview.rows).toEqual([]);
      const committed = await as('admin', () => commitImport({ kind: 'population', file: file('BE0101N1.json', bytes), digest: preview.digest, fingerprint: preview.fingerprint }));
      expect(committed).toMatchObject({ ok: false, failure: { kind: 'issues', report: { issues: [{ code: 'jsonstat_value_count', values: { found } }] } } });
    }
    expect(await everything()).toBe(before);
    expect(await storedFigures(2020)).toEqual(new Map());
  });

  it('a JSON-stat file with its dimensions reordered commits the same figures as the original, which then changes nothing', async () => {
    await db.delete(population).where(inArray(population.year, [2020, 2023]));
    const committed = report(await importFile('population', 'BE0101N1-omordnad.json', scbJsonReordered));
    expect(committed.counts).toMatchObject({ insert: 42, change: 0, source_only: 0, unchanged: 0, issues: 0 });
    expect(await storedFigures(2020)).toEqual(seeded(2020));
    expect(await storedFigures(2023)).toEqual(seeded2023);
    expect((await storedFigures(2020)).get('01')).toBe(2_391_990);

    const before = await everything();
    const original = report(await importFile('population', 'BE0101N1.json', scbJson));
    expect(original.counts).toMatchObject({ insert: 0, change: 0, source_only: 0, unchanged: 42 });
    expect(await everything()).toBe(before);
  });

  it('a figure already stored under another source is planned as source only, apart from a figure that moves; both are written, and the same file again writes nothing', async () => {
    await db.update(population).set({ source: 'regionfakta.com (kopia av SCB)', sourceStatus: 'secondary' }).where(inArray(population.year, [2020, 2023]));
    await db.update(population).set({ residents: 61_000 }).where(and(eq(population.regionCode, '09'), eq(population.year, 2023)));
    const before = await everything();
    const preview = report(await as('admin', () => previewImport({ kind: 'population', file: file('BE0101N1.csv', scbCsv) })));
    expect(await everything()).toBe(before);
    expect(preview.counts).toEqual({ insert: 0, change: 1, source_only: 41, unchanged: 0, issues: 0, leftAlone: 2 });
    expect(preview.rows.filter((row) => row.action === 'change')).toEqual([
      {
        row: 12,
        column: '2023',
        action: 'change',
        regionCode: '09',
        period: '2023',
        before: { residents: 61_000, source: 'regionfakta.com (kopia av SCB)', sourceStatus: 'secondary' },
        after: { residents: 61_029, source: expect.stringContaining('BE0101N1'), sourceStatus: 'verified' },
        warnings: [],
      },
    ]);
    const sourceOnly = preview.rows.filter((row) => row.action === 'source_only');
    expect(sourceOnly).toHaveLength(41);
    expect(sourceOnly.every((row) => row.before?.residents === row.after.residents && row.before?.source !== row.after.source)).toBe(true);

    const audits = await auditCount();
    const committed = report(await as('admin', () => commitImport({ kind: 'population', file: file('BE0101N1.csv', scbCsv), digest: preview.digest, fingerprint: preview.fingerprint })));
    expect(committed.counts).toEqual(preview.counts);
    // One audit entry per row written (the moved figure and the 41 new sources) and one for the import.
    expect(await auditCount()).toBe(audits + 43);
    const stored = await db.select().from(population).where(inArray(population.year, [2020, 2023]));
    expect(stored.every((row) => row.sourceStatus === 'verified' && row.source.includes('BE0101N1'))).toBe(true);
    expect(await storedFigures(2023)).toEqual(seeded2023);

    const after = await everything();
    const again = report(await importFile('population', 'BE0101N1.csv', scbCsv));
    expect(again.counts).toMatchObject({ insert: 0, change: 0, source_only: 0, unchanged: 42 });
    expect(await everything()).toBe(after);
  });
});
