import { inspect } from 'node:util';
import { eq } from 'drizzle-orm';
import { zipSync, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveImport } from '@/lib/api/import-http';
import { changeAccount, createAccountAsAdmin, getAccount } from '@/lib/data/account-admin';
import { searchAuditTrail } from '@/lib/data/audit-trail';
import { deleteDecision, saveDecision, submitDecision } from '@/lib/data/decisions';
import { getOwnDecision, getOwnStaffingReport } from '@/lib/data/own-records';
import { deleteStaffingReport, saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import { MAX_IMPORT_BYTES, previewImport, type ImportResult } from '@/lib/data/import';
import { reopenRecord, reviewRecords } from '@/lib/data/review';
import { changeRound, createRound, getRound } from '@/lib/data/round-admin';
import type { Database } from '@/lib/db/client';
import { auditLog, decisions, followUpRounds, staffingReports, users } from '@/lib/db/schema';
import { TEMPLATE_COLUMNS } from '@/lib/import/staffing-template';
import { TABLE_LIMITS } from '@/lib/import/table-file';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople } from '../support/people';

/**
 * What an attacker sent that once reached the database (and came back as a 500 with the values in the
 * log): characters PostgreSQL cannot store or that turn text round, ids beyond the integer columns,
 * and uploads read before the sender was known.
 */

let db: Database;
const people = { admin: '', editor: '' };
const as = actingAs(people);

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(db, 'hardening.example', { admin: { role: 'admin', region: null }, editor: { role: 'editor', region: '09' } }, people);
});

const count = async (table: typeof decisions | typeof staffingReports | typeof followUpRounds | typeof users | typeof auditLog) => (await db.select().from(table)).length;
const everything = async () => Promise.all([decisions, staffingReports, followUpRounds, users, auditLog].map(count));

const NUL = 'Region\u0000fullmäktige';
const RLO = 'Region\u202Egpj.exe';
const BAD_TEXT = [
  [NUL, 'text_control_character'],
  [RLO, 'text_bidi_character'],
] as const;

const decision = { kind: 'decided_figure', targetFigure: '1500', targetType: 'interim', decidedOn: '2024-05', decidingBody: 'Regionfullmäktige', reference: 'RS 2024/17' };
const staffing = { referenceDate: '2025-12-31', specialistsHeadcount: '40', specialistsFte: '36,5', traineesHeadcount: '12', traineesFte: '11', source: 'Personalsystemet' };

describe(`text no stored field may hold (${process.env.TEST_DATABASE})`, () => {
  type Case = [string, (text: string) => Promise<unknown>, string];
  const cases: Case[] = [
    ['decision deciding body', (text) => as('editor', () => saveDecision({ ...decision, decidingBody: text })), 'decidingBody'],
    ['decision reference', (text) => as('editor', () => saveDecision({ ...decision, reference: text })), 'reference'],
    ['decision note', (text) => as('editor', () => saveDecision({ ...decision, note: text })), 'note'],
    ['decision explanation', (text) => as('editor', () => saveDecision({ ...decision, plausibilityExplanation: text })), 'plausibilityExplanation'],
    ['decision source address', (text) => as('editor', () => saveDecision({ ...decision, sourceUrl: `https://example.se/${text}` })), 'sourceUrl'],
    ['staffing source', (text) => as('editor', () => saveStaffingReport({ ...staffing, source: text })), 'source'],
    ['staffing comment', (text) => as('editor', () => saveStaffingReport({ ...staffing, comment: text })), 'comment'],
    ['staffing explanation', (text) => as('editor', () => saveStaffingReport({ ...staffing, plausibilityExplanation: text })), 'plausibilityExplanation'],
    ['round name', (text) => as('admin', () => createRound({ name: text, referenceDate: '2031-06-30', opensOn: '2031-07-01', closesOn: '2031-08-31' })), 'name'],
    ['account name', (text) => as('admin', () => createAccountAsAdmin({ email: 'ny@hardening.example', name: text, role: 'admin', regionCode: '', password: 'ett långt lösenord för testerna' })), 'name'],
    ['account identity', (text) => as('admin', () => createAccountAsAdmin({ email: 'ny@hardening.example', name: 'Ny', role: 'admin', regionCode: '', oidcIssuer: 'https://idp.example', oidcSubject: text })), 'oidcSubject'],
    ['account e-mail', (text) => as('admin', () => createAccountAsAdmin({ email: `${text}@hardening.example`, name: 'Ny', role: 'admin', regionCode: '', password: 'ett långt lösenord för testerna' })), 'email'],
    ['return reason', (text) => as('admin', () => reviewRecords({ items: ['decision:1:1'], decision: 'return', comment: text })), 'comment'],
    ['reopen reason', (text) => as('admin', () => reopenRecord({ item: 'decision:1:1', comment: text })), 'comment'],
    ['audit search', (text) => as('admin', () => searchAuditTrail({ who: text })), 'who'],
  ];

  it.each(cases)('refuses NUL and U+202E in the %s with the field’s message, writing nothing', async (_name, send, field) => {
    for (const [text, code] of BAD_TEXT) {
      const before = await everything();
      const result = (await send(text)) as { ok?: boolean; failure?: { kind: string; fields: Record<string, string> }; kind?: string; fields?: Record<string, string> };
      const failure = result.failure ?? result;
      expect(failure.kind).toBe('invalid');
      // The e-mail field has one message for every malformed address.
      expect(failure.fields?.[field]).toBe(field === 'email' ? 'email_invalid' : field === 'sourceUrl' ? 'url_invalid' : code);
      expect(await everything()).toEqual(before);
    }
  });

  it('keeps line breaks and tabs in notes, and refuses them in a single-line field', async () => {
    const saved = await as('editor', () => saveDecision({ ...decision, note: 'Första raden\r\n\tandra raden' }));
    expect(saved).toMatchObject({ ok: true });
    const refused = await as('editor', () => saveDecision({ ...decision, decidingBody: 'Region\tfullmäktige' }));
    expect(refused).toEqual({ ok: false, failure: { kind: 'invalid', fields: { decidingBody: 'text_control_character' } } });
  });

  it('refuses a changed account name or round name with a control character', async () => {
    const [account] = await db.select().from(users).where(eq(users.id, people.editor));
    const before = await everything();
    expect(await as('admin', () => changeAccount({ id: account!.id, version: String(account!.version), name: NUL, role: 'editor', regionCode: '09', active: 'true' }))).toEqual({
      ok: false,
      failure: { kind: 'invalid', fields: { name: 'text_control_character' } },
    });
    const created = await as('admin', () => createRound({ name: 'Prov', referenceDate: '2032-06-30', opensOn: '2032-07-01', closesOn: '2032-08-31' }));
    if (!created.ok) throw new Error('round not created');
    const round = await as('admin', () => getRound(created.id));
    const version = 'version' in round ? round.version : 0;
    const afterCreate = await everything();
    expect(await as('admin', () => changeRound({ id: String(created.id), version: String(version), name: RLO, opensOn: '2032-07-01', closesOn: '2032-08-31' }))).toEqual({
      ok: false,
      failure: { kind: 'invalid', fields: { name: 'text_bidi_character' } },
    });
    expect(await everything()).toEqual(afterCreate);
    expect(afterCreate).not.toEqual(before);
  });
});

describe(`ids and versions beyond the integer columns (${process.env.TEST_DATABASE})`, () => {
  const HUGE = ['2147483648', String(2 ** 53)];

  it('are not found, or refused as invalid, and write nothing', async () => {
    for (const big of HUGE) {
      const before = await everything();
      expect(await as('editor', () => getOwnDecision(Number(big)))).toEqual({ kind: 'not_found' });
      expect(await as('editor', () => getOwnStaffingReport(Number(big)))).toEqual({ kind: 'not_found' });
      expect(await as('admin', () => getRound(Number(big)))).toEqual({ kind: 'not_found' });
      for (const ref of [{ id: big, version: '1' }, { id: '1', version: big }]) {
        expect(await as('editor', () => saveDecision({ ...decision, ...ref }))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
        expect(await as('editor', () => saveStaffingReport({ ...staffing, ...ref }))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
        for (const transition of [submitDecision, deleteDecision, submitStaffingReport, deleteStaffingReport]) {
          expect(await as('editor', () => transition(ref))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
        }
        expect(await as('admin', () => changeRound({ ...ref, name: 'Prov', opensOn: '2033-07-01', closesOn: '2033-08-31' }))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
      }
      expect(await as('admin', () => changeAccount({ id: people.editor, version: big, name: 'Namn', role: 'editor', regionCode: '09', active: 'true' }))).toMatchObject({
        ok: false,
        failure: { kind: 'invalid', fields: { version: 'invalid' } },
      });
      expect(await everything()).toEqual(before);
    }
    // An account's address holds a uuid: one that only looks like it is not found either.
    expect(await as('admin', () => getAccount('-'.repeat(36)))).toEqual({ kind: 'not_found' });
  });
});

describe(`what a refused statement tells the log (${process.env.TEST_DATABASE})`, () => {
  async function refusal(statement: PromiseLike<unknown>): Promise<Error> {
    try {
      await statement;
    } catch (error) {
      return error as Error;
    }
    throw new Error('the database accepted the statement');
  }

  it('is the SQLSTATE code and constraint, never the statement or its values', async () => {
    const outOfRange = await refusal(db.select().from(decisions).where(eq(decisions.id, 2_147_483_999)));
    expect(outOfRange.message).toMatch(/^Database error 22003$/);
    const duplicate = await refusal(db.insert(users).values({ email: 'admin@hardening.example', name: 'hemligt namn', role: 'admin', passwordHash: 'hemlig-hash' }));
    expect(duplicate).toMatchObject({ code: '23505', constraint: expect.stringMatching(/email/) });
    for (const error of [outOfRange, duplicate]) {
      const logged = inspect(error, { depth: 10, showHidden: true });
      expect(logged).not.toMatch(/2147483999|hemlig|Failed query|params/i);
    }
  });
});

describe(`uploads (${process.env.TEST_DATABASE})`, () => {
  const url = 'http://127.0.0.1:3000/api/import';
  const multipart = 'multipart/form-data; boundary=----grans';

  /**
   * A body that never ends, counting how much of it was asked for. (Past twice the limit it fails
   * instead, so that a server reading it all fails the test rather than hanging it.)
   */
  function endless() {
    const read = { bytes: 0 };
    const chunk = new Uint8Array(64 * 1024).fill(0x41);
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          read.bytes += chunk.byteLength;
          if (read.bytes > 2 * MAX_IMPORT_BYTES) controller.error(new Error('the whole body was read'));
          else controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    return { body, read };
  }
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    serveImport(new Request(url, { method: 'POST', headers: { host: '127.0.0.1:3000', 'content-type': multipart, ...headers }, body, duplex: 'half' } as RequestInit));

  it('answers someone signed out 401 and an editor 403 without reading a byte of the body', async () => {
    for (const [who, status] of [['anonymous', 401], ['editor', 403]] as const) {
      const { body, read } = endless();
      const response = await as(who, () => post(body));
      expect(response.status).toBe(status);
      expect(read.bytes).toBe(0);
    }
    expect((await as('anonymous', () => post('x'))).status).toBe(401);
  });

  it('answers 413 as soon as an administrator’s body passes the limit, whatever its length claimed', async () => {
    expect((await as('admin', () => post('x', { 'content-length': String(MAX_IMPORT_BYTES * 2) }))).status).toBe(413);
    const { body, read } = endless();
    const response = await as('admin', () => post(body));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, failure: { kind: 'invalid', fields: { file: 'file_too_large' } } });
    // At most one chunk beyond the limit (and its envelope) was ever asked for.
    expect(read.bytes).toBeLessThanOrEqual(MAX_IMPORT_BYTES + 64 * 1024 + 64 * 1024);
  });

  it('still imports a form sent by an administrator', async () => {
    const form = new FormData();
    form.set('kind', 'staffing');
    form.set('file', new File([`${TEMPLATE_COLUMNS.map((c) => c.key).join(';')}\r\n`], 'mall.csv'));
    const request = new Request(url, { method: 'POST', headers: { host: '127.0.0.1:3000' }, body: form });
    const response = await as('admin', () => serveImport(request));
    expect(response.status).toBe(200);
  });
});

describe(`table files beyond the limits (${process.env.TEST_DATABASE})`, () => {
  const header = TEMPLATE_COLUMNS.map((column) => column.key);
  const issues = (result: ImportResult) => {
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    return result.report.issues;
  };
  const preview = (name: string, bytes: Uint8Array) => as('admin', () => previewImport({ kind: 'staffing', file: { name, bytes } }));
  async function workbook(rows: string[][]): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Bemanning');
    sheet.addRow(header);
    for (const row of rows) sheet.addRow(row);
    return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  }
  const row = (comment: string) => ['09', 'Region Gotland', '2025-06-30', '40', '36', '14', '13', '', 'Personalsystemet', comment, ''];

  it('refuses a workbook that unpacks to more than the limit (a zip bomb) before reading it', async () => {
    const entries = unzipSync(await workbook([row('')]));
    entries['xl/media/image1.bin'] = new Uint8Array(TABLE_LIMITS.maxUnpackedXlsxBytes + 1);
    const bomb = zipSync(entries, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect(issues(await preview('bomb.xlsx', bomb))).toEqual([{ row: null, column: null, code: 'xlsx_too_large', values: { limit: TABLE_LIMITS.maxUnpackedXlsxBytes / (1024 * 1024) } }]);
  });

  it('refuses too many rows, and names the cell that is too long', async () => {
    const tooMany = [{ row: null, column: null, code: 'too_many_rows', values: { limit: TABLE_LIMITS.maxRows } }];
    // One cell a row: the rows, not their size, pass the limit.
    const many = await workbook(Array.from({ length: TABLE_LIMITS.maxRows + 1 }, () => ['09']));
    expect(issues(await preview('rader.xlsx', many))).toEqual(tooMany);
    const manyLines = new TextEncoder().encode(`${header.join(';')}\r\n${'09\r\n'.repeat(TABLE_LIMITS.maxRows + 1)}`);
    expect(issues(await preview('rader.csv', manyLines))).toEqual(tooMany);
    const long = 'x'.repeat(TABLE_LIMITS.maxCellCharacters + 1);
    const cell = { row: 2, column: 'J', code: 'cell_too_long', values: { limit: TABLE_LIMITS.maxCellCharacters } };
    expect(issues(await preview('lang.xlsx', await workbook([row(long)])))).toEqual([cell]);
    const csv = new TextEncoder().encode(`${header.join(';')}\r\n${row(long).join(';')}\r\n`);
    expect(issues(await preview('lang.csv', csv))).toEqual([cell]);
  });

  it('names the cell holding a control character', async () => {
    const result = issues(await preview('styr.xlsx', await workbook([row('Kommentar \u202E')])));
    expect(result).toEqual([{ row: 2, column: 'kommentar', code: 'text_bidi_character', values: { value: 'Kommentar \u202E' } }]);
  });
});
