import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { queueMail } from './outbox';
import type { MailRecord } from './texts';

type Tx = Pick<Database, 'insert' | 'execute' | 'select'>;

/** The active editors of the given regions, or of every region. */
async function activeEditors(tx: Tx, regionCodes?: readonly string[]): Promise<{ id: string; regionCode: string }[]> {
  if (regionCodes?.length === 0) return [];
  const rows = await tx
    .select({ id: users.id, regionCode: users.regionCode })
    .from(users)
    .where(and(eq(users.role, 'editor'), eq(users.active, true), regionCodes ? inArray(users.regionCode, [...regionCodes]) : undefined));
  return rows.filter((r): r is { id: string; regionCode: string } => r.regionCode !== null);
}

/** Every active editor is told that a round is open (once per round and person). */
export async function queueRoundOpened(tx: Tx, round: { id: number; name: string; referenceDate: string; opensOn: string; closesOn: string }): Promise<number> {
  const editors = await activeEditors(tx);
  return queueMail(
    tx,
    editors.map((editor) => ({
      userId: editor.id,
      kind: 'round_opened' as const,
      params: { round: round.name, referenceDate: round.referenceDate, opensOn: round.opensOn, closesOn: round.closesOn, regionCode: editor.regionCode },
      dedupeKey: `round_opened:${round.id}:${editor.id}`,
    })),
  );
}

/** A region's records as a message names them. */
export interface RegionRecord {
  regionCode: string;
  record: MailRecord;
}

/** Each record returned is told to its region's active editors, with the reason. */
export async function queueRecordsReturned(tx: Tx, records: readonly RegionRecord[], reason: string): Promise<number> {
  const editors = await activeEditors(tx, [...new Set(records.map((r) => r.regionCode))]);
  return queueMail(
    tx,
    records.flatMap(({ regionCode, record }) =>
      editors.filter((e) => e.regionCode === regionCode).map((editor) => ({ userId: editor.id, kind: 'record_returned' as const, params: { record, reason, regionCode } })),
    ),
  );
}

/** One message per region to its active editors, naming what was published for it. */
export async function queueRecordsPublished(tx: Tx, records: readonly RegionRecord[]): Promise<number> {
  const byRegion = new Map<string, MailRecord[]>();
  for (const { regionCode, record } of records) byRegion.set(regionCode, [...(byRegion.get(regionCode) ?? []), record]);
  const editors = await activeEditors(tx, [...byRegion.keys()]);
  return queueMail(
    tx,
    editors.map((editor) => ({
      userId: editor.id,
      kind: 'record_published' as const,
      params: { records: byRegion.get(editor.regionCode) ?? [], regionCode: editor.regionCode },
    })),
  );
}
