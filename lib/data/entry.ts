import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getConnection, type Database } from '@/lib/db/client';
import { auditLog, decisions, followUpRounds, staffingReports, users, type Decision, type StaffingReport } from '@/lib/db/schema';
import { decisionWarnings, staffingWarnings, type PlausibilityWarning } from '@/lib/domain/plausibility';
import { submissionWindow } from '@/lib/domain/rounds';
import { decisionInputSchema } from '@/lib/entry/decision-input';
import { fieldErrors, rowNumber } from '@/lib/entry/fields';
import { staffingInputSchema } from '@/lib/entry/staffing-input';
import { todayInSweden } from '@/lib/i18n/format';
import { appendAudit } from './audit';
import { violatedConstraint } from './constraints';
import { loadPublishedRecord } from './published-record';
import { staffingContexts } from './staffing-context';
import { getViewer, type Viewer } from './viewer';

/**
 * A region's own decisions and staffing reports: listed, created, edited, submitted and deleted by its
 * editors. Every exported function establishes the viewer itself and scopes every read and write to
 * the viewer's region; the region of a record comes from the viewer (new) or the stored row (edit),
 * never from the input. Each write runs in one transaction with its audit entry, and an edit names the
 * version it was based on, so a concurrent change is reported, never overwritten.
 */

export type { Decision, StaffingReport } from '@/lib/db/schema';
export type WorkflowStatus = Decision['status'];

export type EntryFailure =
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'not_found' }
  | { kind: 'read_only'; status: WorkflowStatus }
  | { kind: 'conflict'; current: Record<string, unknown>; changedBy: string | null; changedAt: string }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'needs_explanation'; warnings: PlausibilityWarning[] }
  /** A staffing report is sent in within a follow-up round for its date: there is none, or it has not opened. */
  | { kind: 'no_round' }
  | { kind: 'round_not_open'; opensOn: string };

export type EntryResult = { ok: true; id: number; version: number } | { ok: false; failure: EntryFailure };

const fail = (failure: EntryFailure): EntryResult => ({ ok: false, failure });

/** Statuses in which the region may still change (and submit) its record. */
const EDITABLE: readonly WorkflowStatus[] = ['draft', 'returned'];
/** Only a draft never sent may be deleted. */
const DELETABLE: readonly WorkflowStatus[] = ['draft'];

/** What the region may still do with a record in this status (the same rule the writes below apply). */
export function regionMayChange(status: WorkflowStatus): { edit: boolean; submit: boolean; delete: boolean } {
  const editable = EDITABLE.includes(status);
  return { edit: editable, submit: editable, delete: DELETABLE.includes(status) };
}

type Editor = Viewer & { regionCode: string };

async function editor(): Promise<Editor | EntryFailure> {
  const viewer = await getViewer();
  if (!viewer) return { kind: 'unauthenticated' };
  if (viewer.role !== 'editor' || viewer.regionCode === null) return { kind: 'forbidden' };
  return viewer as Editor;
}

const isFailure = (value: Editor | EntryFailure): value is EntryFailure => 'kind' in value;

/** The signed-in editor and the parsed input, or why there are none (checked in that order). */
async function editorInput<S extends z.ZodType>(schema: S, raw: unknown): Promise<{ viewer: Editor; input: z.output<S> } | { failure: EntryFailure }> {
  const viewer = await editor();
  if (isFailure(viewer)) return { failure: viewer };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { failure: { kind: 'invalid', fields: fieldErrors(parsed.error) } };
  return { viewer, input: parsed.data };
}

const recordAction = z.strictObject({
  id: z.coerce.number().pipe(rowNumber),
  version: z.coerce.number().pipe(rowNumber),
});

/** What an edit changed: the old and new values of the fields that differ. */
function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const oldValue: Record<string, unknown> = {};
  const newValue: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) {
      oldValue[key] = before[key];
      newValue[key] = value;
    }
  }
  return { oldValue, newValue };
}

async function conflict(db: Pick<Database, 'select'>, row: { updatedBy: string | null; updatedAt: Date } & Record<string, unknown>): Promise<EntryFailure> {
  const [who] = row.updatedBy ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  return { kind: 'conflict', current: row, changedBy: who?.name ?? null, changedAt: row.updatedAt.toISOString() };
}

/* ---------------------------------------------------------------------------------------------- */
/* Listing                                                                                         */
/* ---------------------------------------------------------------------------------------------- */

export interface OwnRecords {
  regionCode: string;
  decisions: Decision[];
  reports: StaffingReport[];
}

/** The viewer's region's decisions and staffing reports in every status (example rows excluded). */
export async function listOwnRecords(): Promise<OwnRecords | EntryFailure> {
  const viewer = await editor();
  if (isFailure(viewer)) return viewer;
  const { db } = getConnection();
  const [decisionRows, reportRows] = await Promise.all([
    db
      .select()
      .from(decisions)
      .where(and(eq(decisions.regionCode, viewer.regionCode), eq(decisions.isExample, false)))
      .orderBy(desc(decisions.decidedOn), desc(decisions.id)),
    db
      .select()
      .from(staffingReports)
      .where(and(eq(staffingReports.regionCode, viewer.regionCode), eq(staffingReports.isExample, false)))
      .orderBy(desc(staffingReports.referenceDate), desc(staffingReports.id)),
  ]);
  return { regionCode: viewer.regionCode, decisions: decisionRows, reports: reportRows };
}

export interface HistoryEntry {
  at: string;
  action: string;
  who: string | null;
}

export interface OwnRecord<R> {
  record: R;
  history: HistoryEntry[];
}

/** One of the region's records with its audit history (who did what, when); another region's is not found. */
async function ownRecord<R extends Decision | StaffingReport>(table: EntryTable, entity: 'decision' | 'staffing_report', id: number): Promise<OwnRecord<R> | EntryFailure> {
  const viewer = await editor();
  if (isFailure(viewer)) return viewer;
  if (!rowNumber.safeParse(id).success) return { kind: 'not_found' };
  const { db } = getConnection();
  const [row] = await db.select().from(table).where(and(eq(table.id, id), eq(table.regionCode, viewer.regionCode), eq(table.isExample, false)));
  if (!row) return { kind: 'not_found' };
  const history = await db
    .select({ at: auditLog.at, action: auditLog.action, who: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(id))))
    .orderBy(asc(auditLog.id));
  return { record: row as R, history: history.map((h) => ({ at: h.at.toISOString(), action: h.action, who: h.who })) };
}

export const getOwnDecision = (id: number) => ownRecord<Decision>(decisions, 'decision', id);
export const getOwnStaffingReport = (id: number) => ownRecord<StaffingReport>(staffingReports, 'staffing_report', id);

/* ---------------------------------------------------------------------------------------------- */
/* Decisions                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

export async function saveDecision(raw: unknown): Promise<EntryResult> {
  const checked = await editorInput(decisionInputSchema(todayInSweden()), raw);
  if ('failure' in checked) return fail(checked.failure);
  const { viewer, input } = checked;

  const warnings = decisionWarnings(input);
  if (warnings.length > 0 && !input.plausibilityExplanation) return fail({ kind: 'needs_explanation', warnings });
  const values = {
    kind: input.kind,
    targetFigure: input.targetFigure,
    targetType: input.targetType,
    targetYear: input.targetYear,
    decidedOn: input.decidedOn.date,
    decidedOnPrecision: input.decidedOn.precision,
    decidedOnIsUpperBound: false,
    effectiveOn: input.effectiveOn,
    decidingBody: input.decidingBody,
    reference: input.reference,
    // The region's own record of its decision is the primary source.
    sourceUrl: input.sourceUrl,
    sourceStatus: 'verified' as const,
    note: input.note,
    // What a region writes is its own words, in Swedish: an English version written for an earlier text no longer applies.
    noteEn: null,
    plausibilityWarnings: warnings,
    plausibilityExplanation: warnings.length > 0 ? input.plausibilityExplanation : null,
  };
  return writeRecord(viewer, 'decision', decisions, input.id, input.version, values);
}

export async function submitDecision(raw: unknown): Promise<EntryResult> {
  return transition('decision', decisions, raw, 'submit');
}

export async function deleteDecision(raw: unknown): Promise<EntryResult> {
  return transition('decision', decisions, raw, 'delete');
}

/* ---------------------------------------------------------------------------------------------- */
/* Staffing reports                                                                                */
/* ---------------------------------------------------------------------------------------------- */

export async function saveStaffingReport(raw: unknown): Promise<EntryResult> {
  const checked = await editorInput(staffingInputSchema(todayInSweden()), raw);
  if ('failure' in checked) return fail(checked.failure);
  const { viewer, input } = checked;

  const context = staffingContexts(await loadPublishedRecord())(viewer.regionCode, input.referenceDate);
  const warnings = staffingWarnings(input, context);
  if (warnings.length > 0 && !input.plausibilityExplanation) return fail({ kind: 'needs_explanation', warnings });
  const values = {
    referenceDate: input.referenceDate,
    specialistsHeadcount: input.specialistsHeadcount,
    specialistsFte: input.specialistsFte,
    traineesHeadcount: input.traineesHeadcount,
    traineesFte: input.traineesFte,
    residentsWithNamedContact: input.residentsWithNamedContact,
    source: input.source,
    comment: input.comment,
    plausibilityWarnings: warnings,
    plausibilityExplanation: warnings.length > 0 ? input.plausibilityExplanation : null,
  };
  try {
    return await writeRecord(viewer, 'staffing_report', staffingReports, input.id, input.version, values);
  } catch (error) {
    // One report in review per region and date (a unique index): name the field, write nothing.
    if (violatedConstraint(error) === 'staffing_one_in_review') {
      return fail({ kind: 'invalid', fields: { referenceDate: 'report_exists' } });
    }
    throw error;
  }
}

export async function submitStaffingReport(raw: unknown): Promise<EntryResult> {
  return transition('staffing_report', staffingReports, raw, 'submit');
}

export async function deleteStaffingReport(raw: unknown): Promise<EntryResult> {
  return transition('staffing_report', staffingReports, raw, 'delete');
}

/* ---------------------------------------------------------------------------------------------- */
/* Shared write paths                                                                              */
/* ---------------------------------------------------------------------------------------------- */

type EntryTable = typeof decisions | typeof staffingReports;

async function writeRecord(
  viewer: Editor,
  entity: 'decision' | 'staffing_report',
  table: EntryTable,
  id: number | undefined,
  version: number | undefined,
  values: Record<string, unknown>,
): Promise<EntryResult> {
  const { db } = getConnection();
  const actor = { id: viewer.id, label: viewer.email };
  return db.transaction(async (tx): Promise<EntryResult> => {
    if (id === undefined) {
      const [created] = await tx
        .insert(table)
        .values({ ...values, regionCode: viewer.regionCode, status: 'draft', version: 1, createdBy: viewer.id, updatedBy: viewer.id } as never)
        .returning({ id: table.id, version: table.version });
      if (!created) throw new Error(`${entity} was not created`);
      await appendAudit(tx, { actor, action: 'create', entity, entityId: String(created.id), regionCode: viewer.regionCode, newValue: values });
      return { ok: true, id: created.id, version: created.version };
    }
    if (version === undefined) return fail({ kind: 'invalid', fields: { version: 'required' } });
    const [row] = await tx.select().from(table).where(eq(table.id, id));
    // Another region's record is answered exactly like a missing one.
    if (!row || row.regionCode !== viewer.regionCode || row.isExample) return fail({ kind: 'not_found' });
    if (!EDITABLE.includes(row.status)) return fail({ kind: 'read_only', status: row.status });
    const [updated] = await tx
      .update(table)
      .set({ ...values, version: version + 1, updatedBy: viewer.id, updatedAt: new Date() } as never)
      .where(and(eq(table.id, id), eq(table.version, version)))
      .returning({ id: table.id, version: table.version });
    if (!updated) {
      const [current] = await tx.select().from(table).where(eq(table.id, id));
      return fail(await conflict(tx, (current ?? row) as never));
    }
    const { oldValue, newValue } = changes(row as Record<string, unknown>, values);
    await appendAudit(tx, { actor, action: 'update', entity, entityId: String(id), regionCode: viewer.regionCode, oldValue, newValue });
    return { ok: true, id: updated.id, version: updated.version };
  });
}

async function transition(entity: 'decision' | 'staffing_report', table: EntryTable, raw: unknown, action: 'submit' | 'delete'): Promise<EntryResult> {
  const checked = await editorInput(recordAction, raw);
  if ('failure' in checked) return fail(checked.failure);
  const { viewer, input } = checked;
  const { id, version } = input;
  const { db } = getConnection();
  const actor = { id: viewer.id, label: viewer.email };
  return db.transaction(async (tx): Promise<EntryResult> => {
    const [row] = await tx.select().from(table).where(eq(table.id, id));
    if (!row || row.regionCode !== viewer.regionCode || row.isExample) return fail({ kind: 'not_found' });
    const allowed = action === 'submit' ? EDITABLE : DELETABLE;
    if (!allowed.includes(row.status)) return fail({ kind: 'read_only', status: row.status });
    if (action === 'submit' && 'referenceDate' in row) {
      const [round] = await tx.select().from(followUpRounds).where(eq(followUpRounds.referenceDate, row.referenceDate));
      const window = submissionWindow(round, todayInSweden());
      if (!window.open) return fail(window.reason === 'no_round' ? { kind: 'no_round' } : { kind: 'round_not_open', opensOn: window.opensOn ?? '' });
    }
    const matching = and(eq(table.id, id), eq(table.version, version));
    if (action === 'delete') {
      const [deleted] = await tx.delete(table).where(matching).returning({ id: table.id });
      if (!deleted) return fail(await conflict(tx, row as never));
      await appendAudit(tx, { actor, action: 'delete', entity, entityId: String(id), regionCode: viewer.regionCode, oldValue: row });
      return { ok: true, id, version };
    }
    const [updated] = await tx
      .update(table)
      .set({ status: 'submitted', version: version + 1, updatedBy: viewer.id, updatedAt: new Date(), submittedAt: new Date() } as never)
      .where(matching)
      .returning({ id: table.id, version: table.version });
    if (!updated) return fail(await conflict(tx, row as never));
    await appendAudit(tx, {
      actor,
      action: 'submit',
      entity,
      entityId: String(id),
      regionCode: viewer.regionCode,
      oldValue: { status: row.status },
      newValue: { status: 'submitted' },
    });
    return { ok: true, id: updated.id, version: updated.version };
  });
}
