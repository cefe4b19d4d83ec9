import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { auditLog, decisions, staffingReports, users, type Decision, type StaffingReport } from '@/lib/db/schema';
import { rowNumber } from '@/lib/entry/fields';
import type { OwnRecord, OwnRecords } from './entry';
import { editorRead, type Editor } from './guard';
import { tableOf, type RecordEntity } from './internal/record-tables';

/** A region's own records as its editors see them: every status, example rows excluded, other regions' never. */

/** The viewer's region's decisions and staffing reports in every status. */
export const listOwnRecords = editorRead(async (editor): Promise<OwnRecords> => {
  const { db } = getConnection();
  const [decisionRows, reportRows] = await Promise.all([
    db
      .select()
      .from(decisions)
      .where(and(eq(decisions.regionCode, editor.regionCode), eq(decisions.isExample, false)))
      .orderBy(desc(decisions.decidedOn), desc(decisions.id)),
    db
      .select()
      .from(staffingReports)
      .where(and(eq(staffingReports.regionCode, editor.regionCode), eq(staffingReports.isExample, false)))
      .orderBy(desc(staffingReports.referenceDate), desc(staffingReports.id)),
  ]);
  return { regionCode: editor.regionCode, decisions: decisionRows, reports: reportRows };
});

/** One of the region's records with its audit history (who did what, when); another region's is not found. */
async function ownRecord<R extends Decision | StaffingReport>(editor: Editor, entity: RecordEntity, id: number): Promise<OwnRecord<R> | { kind: 'not_found' }> {
  if (!rowNumber.safeParse(id).success) return { kind: 'not_found' };
  const table = tableOf(entity);
  const { db } = getConnection();
  const [row] = await db.select().from(table).where(and(eq(table.id, id), eq(table.regionCode, editor.regionCode), eq(table.isExample, false)));
  if (!row) return { kind: 'not_found' };
  const history = await db
    .select({ at: auditLog.at, action: auditLog.action, who: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(id))))
    .orderBy(asc(auditLog.id));
  return { record: row as R, history: history.map((h) => ({ at: h.at.toISOString(), action: h.action, who: h.who })) };
}

export const getOwnDecision = editorRead((editor, id: number) => ownRecord<Decision>(editor, 'decision', id));
export const getOwnStaffingReport = editorRead((editor, id: number) => ownRecord<StaffingReport>(editor, 'staffing_report', id));
