import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getConnection, type Database } from '@/lib/db/client';
import { announcePublicChange } from '@/lib/db/public-change';
import { auditLog, population, staffingReports } from '@/lib/db/schema';
import { staffingWarnings } from '@/lib/domain/plausibility';
import { countActions, IMPORTED_SOURCE_STATUS, planFingerprint, planPopulation, planStaffing, type Plan, type PlanAction, type PlanRow, type StoredPopulation, type StoredStaffingForDate } from '@/lib/import/plan';
import { parseScbPopulation, SCB_POPULATION_SOURCE, type LeftAlone } from '@/lib/import/scb-population';
import { parseStaffingTemplate } from '@/lib/import/staffing-template';
import { readTableFile, UnreadableFileError, type ImportIssue } from '@/lib/import/table-file';
import { todayInSweden } from '@/lib/i18n/format';
import { adminOnly, fail, type Failure, type Result } from './guard';
import type { Viewer } from './internal/accounts';
import { violatedConstraint } from './internal/constraints';
import { progressReporter, progressTokenSchema, type ImportProgress } from './internal/import-progress';
import { staffingContexts } from './internal/staffing-context';
import type { Tx } from './internal/transaction';
import { loadPublishedRecord, type PublishedRecord } from './published-record';

/**
 * Bulk import by administrators: SCB's population table, and staffing from the product's template.
 * A dry run parses the file and plans every row against what is stored (insert, change, source only,
 * unchanged) without writing. The commit parses the same file again (named by its digest), re-plans inside one
 * transaction under an import lock, refuses if the plan is not the one the administrator saw, and
 * writes all rows with an audit entry each, or none: a bad row, a concurrent change or a killed
 * process leaves the database as it was. Population is SCB's published figure and is public once
 * imported; staffing lands as approved, to be published from the review screen like any report.
 */

export type ImportKind = 'population' | 'staffing';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/**
 * How many issues and left-alone rows a report lists, and how many planned rows of each kind (figures
 * that move, source only, unchanged), so that unchanged rows never crowd out the ones that move; the
 * counts cover all.
 */
const LISTED_ROWS = 500;
const WRITE_BATCH = 250;
/** Serialises imports: two at once would plan against each other's unwritten rows. */
const IMPORT_LOCK = 731_100;

export interface ImportReport {
  kind: ImportKind;
  mode: 'preview' | 'commit';
  fileName: string;
  digest: string;
  fingerprint: string;
  counts: Record<PlanAction, number> & { leftAlone: number; issues: number };
  rows: PlanRow[];
  leftAlone: (LeftAlone | { row: number; column: null; label: string; reason: 'blank_row' })[];
  issues: ImportIssue[];
}

type ImportProblem =
  /** The file has errors: nothing was written. */
  | { kind: 'issues'; report: ImportReport }
  /** What is stored changed since the dry run (or during the commit): nothing was written; here is the new plan. */
  | { kind: 'plan_changed'; report: ImportReport | null };

export type ImportFailure = Failure<ImportProblem>;
export type ImportResult = Result<{ report: ImportReport }, ImportProblem>;

const fileSchema = z.object(
  {
    name: z.string().trim().min(1, { message: 'file_required' }).max(255, { message: 'file_name_too_long' }),
    bytes: z
      .instanceof(Uint8Array, { message: 'file_required' })
      .refine((bytes) => bytes.byteLength > 0, { message: 'file_empty' })
      .refine((bytes) => bytes.byteLength <= MAX_IMPORT_BYTES, { message: 'file_too_large' }),
  },
  { message: 'file_required' },
);
const kindSchema = z.enum(['population', 'staffing'], { message: 'kind_required' });
const previewSchema = z.strictObject({ kind: kindSchema, file: fileSchema, progressToken: progressTokenSchema.optional() });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'preview_first' });
const commitSchema = z.strictObject({ kind: kindSchema, file: fileSchema, digest: sha256, fingerprint: sha256, progressToken: progressTokenSchema.optional() });

class ImportConflictError extends Error {
  constructor() {
    super('A record changed while it was being imported');
    this.name = 'ImportConflictError';
  }
}

type Reader = Pick<Database, 'select'>;
type Progress = (progress: ImportProgress) => void;

interface Parsed {
  plan: Plan;
  leftAlone: ImportReport['leftAlone'];
}

async function storedPopulation(db: Reader): Promise<Map<string, StoredPopulation>> {
  const rows = await db.select({ regionCode: population.regionCode, year: population.year, residents: population.residents, source: population.source, sourceStatus: population.sourceStatus }).from(population);
  return new Map(rows.map((row) => [`${row.regionCode}:${row.year}`, row]));
}

async function storedStaffing(db: Reader): Promise<Map<string, StoredStaffingForDate>> {
  const rows = await db.select().from(staffingReports).where(ne(staffingReports.status, 'superseded'));
  const stored = new Map<string, StoredStaffingForDate>();
  for (const row of rows) {
    const key = `${row.regionCode}:${row.referenceDate}`;
    const entry = stored.get(key) ?? { inReview: null, published: null };
    if (row.status === 'published') entry.published = row;
    else entry.inReview = row;
    stored.set(key, entry);
  }
  return stored;
}

/** Reads the file and plans it against what `db` holds now. */
async function planFile(db: Reader, kind: ImportKind, bytes: Uint8Array, record: PublishedRecord | null, onProgress: Progress): Promise<Parsed> {
  try {
    if (kind === 'population') {
      const parsed = parseScbPopulation(bytes);
      onProgress({ phase: 'checking', done: parsed.observations.length, total: parsed.observations.length });
      if (parsed.issues.length > 0) return { plan: { rows: [], issues: parsed.issues }, leftAlone: parsed.leftAlone };
      return { plan: planPopulation(parsed.observations, await storedPopulation(db), SCB_POPULATION_SOURCE), leftAlone: parsed.leftAlone };
    }
    const parsed = parseStaffingTemplate(await readTableFile(bytes), todayInSweden());
    const leftAlone = parsed.blankRows.map((row) => ({ row, column: null, label: '', reason: 'blank_row' as const }));
    if (parsed.issues.length > 0) return { plan: { rows: [], issues: parsed.issues }, leftAlone };
    const contextOf = staffingContexts(record!);
    let checked = 0;
    const plan = planStaffing(parsed.entries, await storedStaffing(db), (entry) => {
      if (++checked % 1000 === 0) onProgress({ phase: 'checking', done: checked, total: parsed.entries.length });
      return staffingWarnings(entry, contextOf(entry.regionCode, entry.referenceDate));
    });
    onProgress({ phase: 'checking', done: parsed.entries.length, total: parsed.entries.length });
    return { plan, leftAlone };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { plan: { rows: [], issues: [error.issue] }, leftAlone: [] };
    throw error;
  }
}

/** Added and changed figures both move, and are listed as one group. */
const listingGroup = (action: PlanAction) => (action === 'insert' ? 'change' : action);

function listedRows(rows: readonly PlanRow[]): PlanRow[] {
  const listed = new Map<PlanAction, number>();
  return rows.filter((row) => {
    const group = listingGroup(row.action);
    const count = listed.get(group) ?? 0;
    listed.set(group, count + 1);
    return count < LISTED_ROWS;
  });
}

function report(kind: ImportKind, mode: ImportReport['mode'], file: { name: string; bytes: Uint8Array }, parsed: Parsed): ImportReport {
  const { rows, issues } = parsed.plan;
  return {
    kind,
    mode,
    fileName: file.name,
    digest: createHash('sha256').update(file.bytes).digest('hex'),
    fingerprint: planFingerprint(rows),
    counts: { ...countActions(rows), leftAlone: parsed.leftAlone.length, issues: issues.length },
    rows: listedRows(rows),
    leftAlone: parsed.leftAlone.slice(0, LISTED_ROWS),
    issues: issues.slice(0, LISTED_ROWS),
  };
}

/**
 * Whether this request's sender may import at all, asked before the upload is read: an upload from
 * anyone else is refused without holding its bytes.
 */
export const mayImport = adminOnly(z.undefined(), async (viewer): Promise<Result<{ viewerId: string }>> => ({ ok: true, viewerId: viewer.id }));

/** The dry run: what importing the file would do, row by row, and every error. Writes nothing. */
export const previewImport = adminOnly(previewSchema, async (viewer, input): Promise<ImportResult> => {
  const { kind, file } = input;
  const onProgress = progressReporter(viewer, input.progressToken);
  const record = kind === 'staffing' ? await loadPublishedRecord() : null;
  const parsed = await planFile(getConnection().db, kind, file.bytes, record, onProgress);
  return { ok: true, report: report(kind, 'preview', file, parsed) };
});

/** Imports the file previewed (same digest, same plan) in one transaction, or nothing. */
export const commitImport = adminOnly(commitSchema, async (viewer, input): Promise<ImportResult> => {
  const { kind, file, digest, fingerprint } = input;
  const onProgress = progressReporter(viewer, input.progressToken);
  if (createHash('sha256').update(file.bytes).digest('hex') !== digest) return fail({ kind: 'invalid', fields: { file: 'file_not_previewed' } });
  // Read before the transaction: the embedded database has one connection, which the transaction holds.
  const record = kind === 'staffing' ? await loadPublishedRecord() : null;
  try {
    return await getConnection().db.transaction(async (tx): Promise<ImportResult> => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
      const parsed = await planFile(tx, kind, file.bytes, record, onProgress);
      const result = report(kind, 'commit', file, parsed);
      if (parsed.plan.issues.length > 0) return fail({ kind: 'issues', report: result });
      if (result.fingerprint !== fingerprint) return fail({ kind: 'plan_changed', report: { ...result, mode: 'preview' } });
      const changing = parsed.plan.rows.filter((row) => row.action !== 'unchanged');
      // The same file again changes nothing, and writes nothing either.
      if (changing.length === 0) return { ok: true, report: result };
      // Population is public at once; imported staffing reports wait for publication.
      if (kind === 'population') {
        await writePopulation(tx, viewer, changing, onProgress);
        await announcePublicChange(tx);
      } else await writeStaffing(tx, viewer, changing, onProgress);
      await tx.insert(auditLog).values({
        actorId: viewer.id,
        actorLabel: viewer.email,
        action: 'import',
        entity: 'import',
        entityId: digest.slice(0, 16),
        newValue: { kind, fileName: file.name, digest, counts: result.counts },
      });
      return { ok: true, report: result };
    });
  } catch (error) {
    // A region saved a report for the same date, or a record was reopened, while the import ran: nothing was written.
    if (error instanceof ImportConflictError || violatedConstraint(error) === 'staffing_one_in_review') return fail({ kind: 'plan_changed', report: null });
    throw error;
  }
});

/**
 * Lets the server answer other requests between batches: the embedded database resolves its queries
 * without I/O, so a long transaction would otherwise keep the event loop (and the progress) waiting.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += WRITE_BATCH) out.push(rows.slice(start, start + WRITE_BATCH));
  return out;
}

async function writePopulation(tx: Tx, viewer: Viewer, rows: PlanRow[], onProgress: Progress) {
  let done = 0;
  onProgress({ phase: 'writing', done, total: rows.length });
  for (const batch of batches(rows)) {
    const now = new Date();
    await tx
      .insert(population)
      .values(
        batch.map((row) => ({
          regionCode: row.regionCode,
          year: Number(row.period),
          residents: Number(row.after.residents),
          source: String(row.after.source),
          sourceStatus: IMPORTED_SOURCE_STATUS,
          updatedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [population.regionCode, population.year],
        set: { residents: sql`excluded.residents`, source: sql`excluded.source`, sourceStatus: sql`excluded.source_status`, updatedAt: now },
      });
    await tx.insert(auditLog).values(
      batch.map((row) => ({
        actorId: viewer.id,
        actorLabel: viewer.email,
        action: 'import',
        entity: 'population',
        entityId: `${row.regionCode}:${row.period}`,
        regionCode: row.regionCode,
        oldValue: row.before,
        newValue: row.after,
      })),
    );
    done += batch.length;
    onProgress({ phase: 'writing', done, total: rows.length });
    await yieldToEventLoop();
  }
}

async function writeStaffing(tx: Tx, viewer: Viewer, rows: PlanRow[], onProgress: Progress) {
  const stored = await storedStaffing(tx);
  let done = 0;
  onProgress({ phase: 'writing', done, total: rows.length });
  for (const batch of batches(rows)) {
    const now = new Date();
    const figures = (row: PlanRow) => ({
      specialistsHeadcount: Number(row.after.specialistsHeadcount),
      specialistsFte: Number(row.after.specialistsFte),
      traineesHeadcount: Number(row.after.traineesHeadcount),
      traineesFte: Number(row.after.traineesFte),
      residentsWithNamedContact: row.after.residentsWithNamedContact === null ? null : Number(row.after.residentsWithNamedContact),
      source: String(row.after.source),
      comment: row.after.comment === null ? null : String(row.after.comment),
      plausibilityWarnings: row.warnings,
      plausibilityExplanation: row.after.plausibilityExplanation === null ? null : String(row.after.plausibilityExplanation),
      updatedBy: viewer.id,
      updatedAt: now,
      reviewedBy: viewer.id,
      reviewedAt: now,
    });
    const audits: (typeof auditLog.$inferInsert)[] = [];
    const inserts = batch.filter((row) => !stored.get(`${row.regionCode}:${row.period}`)?.inReview);
    if (inserts.length > 0) {
      const created = await tx
        .insert(staffingReports)
        .values(inserts.map((row) => ({ ...figures(row), regionCode: row.regionCode, referenceDate: row.period, status: 'approved' as const, createdBy: viewer.id })))
        .returning({ id: staffingReports.id });
      inserts.forEach((row, index) => audits.push(staffingAudit(viewer, String(created[index]!.id), row)));
    }
    for (const row of batch.filter((candidate) => !inserts.includes(candidate))) {
      const current = stored.get(`${row.regionCode}:${row.period}`)!.inReview!;
      // The plan was made in this transaction under the import lock; the version check still refuses a record reopened meanwhile.
      const updated = await tx
        .update(staffingReports)
        .set({ ...figures(row), version: current.version + 1 })
        .where(and(eq(staffingReports.id, current.id), eq(staffingReports.version, current.version), eq(staffingReports.status, 'approved')))
        .returning({ id: staffingReports.id });
      if (updated.length !== 1) throw new ImportConflictError();
      audits.push(staffingAudit(viewer, String(current.id), row));
    }
    await tx.insert(auditLog).values(audits);
    done += batch.length;
    onProgress({ phase: 'writing', done, total: rows.length });
    await yieldToEventLoop();
  }
}

function staffingAudit(viewer: Viewer, id: string, row: PlanRow): typeof auditLog.$inferInsert {
  return {
    actorId: viewer.id,
    actorLabel: viewer.email,
    action: 'import',
    entity: 'staffing_report',
    entityId: id,
    regionCode: row.regionCode,
    oldValue: row.before,
    newValue: { ...row.after, referenceDate: row.period, status: 'approved' },
  };
}
