import 'server-only';
import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { cleanText } from '@/lib/entry/fields';
import { getConnection } from '@/lib/db/client';
import { auditLog } from '@/lib/db/schema';
import { regionRows } from '@/lib/domain/regions';
import { isValidIsoDate } from '@/lib/domain/partial-date';
import { adminQuery } from './guard';

/**
 * The audit trail as administrators read it: filtered by person, region, kind of record and time,
 * a page at a time or whole for export. Only administrators; the trail itself is append-only in the
 * database (migration 0001).
 */

export const AUDIT_ENTITIES = ['decision', 'staffing_report', 'population', 'import', 'round', 'user', 'session'] as const;
export const AUDIT_PAGE_SIZE = 100;
/** An export holds at most this many entries, newest first; a narrower filter gets the rest. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const day = z.preprocess(blankToUndefined, z.string().refine(isValidIsoDate, { message: 'date_invalid' }).optional());

const auditFilterSchema = z.strictObject({
  /** Part of the e-mail address (or, for a tool, the name) of whoever acted. */
  who: z.preprocess(blankToUndefined, cleanText(254).optional()),
  region: z.preprocess(blankToUndefined, z.enum(regionRows.map((r) => r.code) as [string, ...string[]], { message: 'choose_one' }).optional()),
  entity: z.preprocess(blankToUndefined, z.enum(AUDIT_ENTITIES, { message: 'choose_one' }).optional()),
  from: day,
  to: day,
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

export interface AuditTrailEntry {
  id: number;
  at: string;
  who: string;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string | null;
  oldValue: unknown;
  newValue: unknown;
}

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  // The person is matched as typed: % and _ are literal characters here, not patterns.
  if (filter.who) parts.push(ilike(auditLog.actorLabel, `%${filter.who.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.region) parts.push(eq(auditLog.regionCode, filter.region));
  if (filter.entity) parts.push(eq(auditLog.entity, filter.entity));
  // Days are Swedish days: an entry made at 00:30 in Stockholm belongs to that day.
  if (filter.from) parts.push(gte(auditLog.at, sql`(${filter.from}::date)::timestamp at time zone 'Europe/Stockholm'`));
  if (filter.to) parts.push(lt(auditLog.at, sql`(${filter.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`));
  return parts.length > 0 ? and(...parts) : undefined;
}

function entries(filter: AuditFilter) {
  return getConnection()
    .db.select({
      id: auditLog.id,
      at: auditLog.at,
      who: auditLog.actorLabel,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      regionCode: auditLog.regionCode,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
    })
    .from(auditLog)
    .where(conditions(filter))
    .orderBy(desc(auditLog.id));
}

const asEntry = (row: Awaited<ReturnType<typeof entries>>[number]): AuditTrailEntry => ({ ...row, at: row.at.toISOString() });

/** One page of the filtered trail, newest first, and how many entries match in all. */
export const searchAuditTrail = adminQuery(auditFilterSchema, async (_viewer, filter): Promise<{ filter: AuditFilter; entries: AuditTrailEntry[]; total: number }> => {
  const [rows, [count]] = await Promise.all([
    entries(filter).limit(AUDIT_PAGE_SIZE).offset((filter.page - 1) * AUDIT_PAGE_SIZE),
    getConnection().db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(conditions(filter)),
  ]);
  return { filter, entries: rows.map(asEntry), total: count?.total ?? 0 };
});

/** The whole filtered trail (up to the export limit), newest first. */
export const exportAuditTrail = adminQuery(auditFilterSchema, async (_viewer, filter): Promise<{ filter: AuditFilter; entries: AuditTrailEntry[] }> => {
  const rows = await entries(filter).limit(AUDIT_EXPORT_LIMIT);
  return { filter, entries: rows.map(asEntry) };
});
