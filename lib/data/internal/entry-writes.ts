import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getConnection } from '@/lib/db/client';
import { followUpRounds, users } from '@/lib/db/schema';
import { submissionWindow } from '@/lib/domain/rounds';
import { rowNumber } from '@/lib/entry/fields';
import { confirmation } from '@/lib/review/review-input';
import { DELETABLE, EDITABLE } from '@/lib/domain/workflow';
import { todayInSweden } from '@/lib/i18n/format';
import type { EntryFailure, EntryResult } from '../entry';
import { fail, type Editor } from '../guard';
import { appendAudit } from './audit';
import { insertRecord, tableOf, updateRecord, type RecordEntity, type RecordValues } from './record-tables';
import type { Tx } from './transaction';

/**
 * The write paths a region's records share: each runs in one transaction with its audit entry, and an
 * edit names the version it was based on, so a concurrent change is reported, never overwritten. The
 * region of a record comes from the editor (new) or the stored row (edit), never from the input.
 */

/** Submitting or deleting names the record and the version the editor saw. */
export const recordAction = z.strictObject({
  id: z.coerce.number().pipe(rowNumber),
  version: z.coerce.number().pipe(rowNumber),
});

/** Deleting cannot be undone: the request must carry the answer of the confirmation step that named the draft. */
export const deleteAction = recordAction.extend({ confirmed: confirmation });

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

async function conflict(tx: Tx, row: { updatedBy: string | null; updatedAt: Date } & Record<string, unknown>): Promise<EntryFailure> {
  const [who] = row.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  return { kind: 'conflict', current: row, changedBy: who?.name ?? null, changedAt: row.updatedAt.toISOString() };
}

/** The region's own record (example rows and other regions' records are answered as missing). */
async function ownRow(tx: Tx, editor: Editor, entity: RecordEntity, id: number) {
  const table = tableOf(entity);
  const [row] = await tx.select().from(table).where(eq(table.id, id));
  return row && row.regionCode === editor.regionCode && !row.isExample ? row : undefined;
}

/** Creates a draft (no id) or edits the region's record from the version the editor saw. */
export async function writeRecord(editor: Editor, record: RecordValues, id: number | undefined, version: number | undefined): Promise<EntryResult> {
  const { entity, values } = record;
  const actor = { id: editor.id, label: editor.email };
  return getConnection().db.transaction(async (tx): Promise<EntryResult> => {
    if (id === undefined) {
      const created = await insertRecord(tx, record, { regionCode: editor.regionCode, createdBy: editor.id, updatedBy: editor.id });
      if (!created) throw new Error(`${entity} was not created`);
      await appendAudit(tx, { actor, action: 'create', entity, entityId: String(created.id), regionCode: editor.regionCode, newValue: values });
      return { ok: true, ...created };
    }
    if (version === undefined) return fail({ kind: 'invalid', fields: { version: 'required' } });
    const row = await ownRow(tx, editor, entity, id);
    if (!row) return fail({ kind: 'not_found' });
    if (!EDITABLE.includes(row.status)) return fail({ kind: 'read_only', status: row.status });
    const updated = await updateRecord(tx, { entity, id, version }, { updatedBy: editor.id, updatedAt: new Date() }, record);
    if (!updated) {
      const table = tableOf(entity);
      const [current] = await tx.select().from(table).where(eq(table.id, id));
      return fail(await conflict(tx, current ?? row));
    }
    const { oldValue, newValue } = changes(row, values);
    await appendAudit(tx, { actor, action: 'update', entity, entityId: String(id), regionCode: editor.regionCode, oldValue, newValue });
    return { ok: true, ...updated };
  });
}

/** Sends the record in for review (within its round, for a staffing report) or deletes a draft. */
export async function transition(editor: Editor, entity: RecordEntity, { id, version }: z.output<typeof recordAction>, action: 'submit' | 'delete'): Promise<EntryResult> {
  const actor = { id: editor.id, label: editor.email };
  const table = tableOf(entity);
  return getConnection().db.transaction(async (tx): Promise<EntryResult> => {
    const row = await ownRow(tx, editor, entity, id);
    if (!row) return fail({ kind: 'not_found' });
    const allowed = action === 'submit' ? EDITABLE : DELETABLE;
    if (!allowed.includes(row.status)) return fail({ kind: 'read_only', status: row.status });
    if (action === 'submit' && 'referenceDate' in row) {
      const [round] = await tx.select().from(followUpRounds).where(eq(followUpRounds.referenceDate, row.referenceDate));
      const window = submissionWindow(round, todayInSweden());
      if (!window.open) return fail(window.reason === 'no_round' ? { kind: 'no_round' } : { kind: 'round_not_open', opensOn: window.opensOn ?? '' });
    }
    if (action === 'delete') {
      const [deleted] = await tx.delete(table).where(and(eq(table.id, id), eq(table.version, version))).returning({ id: table.id });
      if (!deleted) return fail(await conflict(tx, row));
      await appendAudit(tx, { actor, action: 'delete', entity, entityId: String(id), regionCode: editor.regionCode, oldValue: row });
      return { ok: true, id, version };
    }
    const now = new Date();
    const updated = await updateRecord(tx, { entity, id, version }, { status: 'submitted', updatedBy: editor.id, updatedAt: now, submittedAt: now });
    if (!updated) return fail(await conflict(tx, row));
    await appendAudit(tx, {
      actor,
      action: 'submit',
      entity,
      entityId: String(id),
      regionCode: editor.regionCode,
      oldValue: { status: row.status },
      newValue: { status: 'submitted' },
    });
    return { ok: true, ...updated };
  });
}
