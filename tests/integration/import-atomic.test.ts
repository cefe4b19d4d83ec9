import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitImport, previewImport, type ImportResult } from '@/lib/data/import';
import type { Database } from '@/lib/db/client';
import { auditLog, staffingReports } from '@/lib/db/schema';
import { regionRows } from '@/lib/domain/regions';
import { TEMPLATE_COLUMNS } from '@/lib/import/staffing-template';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople } from '../support/people';

// An import is all or nothing: it writes in batches, so a failure part-way through (here a trigger that
// raises at the 300th of 400 rows, after the first batch of 250 is written) must leave no row and no
// audit entry behind. Without the import's transaction the first batch would stay.

let db: Database;
const people = { admin: '' };
const as = actingAs(people);
const SOURCE = 'Provfil för hel import';

/** 400 reports: 20 regions × 20 reference dates, each with an explanation so no row stops at a plausibility question. */
function staffingFile(): Uint8Array {
  const lines = [TEMPLATE_COLUMNS.map((column) => column.key).join(';')];
  for (const region of regionRows.slice(0, 20)) {
    for (let month = 1; month <= 20; month += 1) {
      const date = `${2010 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-15`;
      lines.push(`${region.code};${region.nameSv};${date};40;36,5;14;13;;${SOURCE};;Kontrollerad`);
    }
  }
  return new Uint8Array(Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'));
}

function report(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a report, got ${JSON.stringify(result.failure).slice(0, 500)}`);
  return result.report;
}

/** The messages of an error and the errors it wraps (Drizzle wraps the driver's). */
function messages(error: unknown): string {
  const found: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = (current as Error & { cause?: unknown }).cause) found.push(current.message);
  return found.join(' / ');
}

const imported = async () => (await db.select({ id: staffingReports.id }).from(staffingReports).where(eq(staffingReports.source, SOURCE))).length;
const audited = async () => (await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, 'import'))).length;

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(db, 'atomic.example', { admin: { role: 'admin', region: null } }, people);
});

describe(`an import fails whole (${process.env.TEST_DATABASE})`, () => {
  it('a failure at row 300 of 400 leaves no report and no audit entry, and the same file imports once the cause is gone', async () => {
    const bytes = staffingFile();
    const file = { name: 'bemanning.csv', bytes };
    const preview = report(await as('admin', () => previewImport({ kind: 'staffing', file })));
    expect(preview.counts).toMatchObject({ insert: 400, issues: 0 });

    // Counts this file's rows already inserted (the first batch, and this statement's earlier rows) and refuses the 300th.
    await db.execute(
      sql.raw(`create function refuse_row_300() returns trigger language plpgsql as $$
        begin
          if (select count(*) from staffing_reports where source = '${SOURCE}') >= 299 then
            raise exception 'refused row 300 on purpose';
          end if;
          return new;
        end $$`),
    );
    await db.execute(sql.raw('create trigger refuse_row_300 before insert on staffing_reports for each row execute function refuse_row_300()'));
    const auditBefore = await audited();
    try {
      const commit = as('admin', () => commitImport({ kind: 'staffing', file, digest: preview.digest, fingerprint: preview.fingerprint }));
      const error = await commit.then(
        () => null,
        (reason: unknown) => reason,
      );
      expect(messages(error)).toContain('refused row 300 on purpose');
      expect(await imported()).toBe(0);
      expect(await audited()).toBe(auditBefore);
    } finally {
      await db.execute(sql.raw('drop trigger refuse_row_300 on staffing_reports'));
      await db.execute(sql.raw('drop function refuse_row_300()'));
    }

    // Nothing was left half-done: the plan the administrator saw still holds, and the whole file goes in.
    const committed = report(await as('admin', () => commitImport({ kind: 'staffing', file, digest: preview.digest, fingerprint: preview.fingerprint })));
    expect(committed.counts.insert).toBe(400);
    expect(await imported()).toBe(400);
    expect(await audited()).toBe(auditBefore + 401);
  });
});
