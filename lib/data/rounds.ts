import 'server-only';
import { desc } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { staffingReports } from '@/lib/db/schema';

export type RoundState = {
  regionCode: string;
  referenceDate: string;
  state: 'draft' | 'submitted' | 'returned' | 'approved' | 'published';
};

/**
 * Which state each region's staffing report is in, per reference date: the public reporting-status
 * board. By design the *state* of a report is public (who has reported, who is late) while its
 * figures stay private until published — so only the state leaves this function, never a value.
 */
export async function listReportingStates(): Promise<RoundState[]> {
  const { db } = getConnection();
  const rows = await db
    .select({ regionCode: staffingReports.regionCode, referenceDate: staffingReports.referenceDate, state: staffingReports.status })
    .from(staffingReports)
    .orderBy(desc(staffingReports.updatedAt));
  // Once a region has published for a date it has reported, even while a correction is in review;
  // otherwise its most recently changed report tells where it stands.
  const byKey = new Map<string, RoundState>();
  for (const row of rows) {
    const key = `${row.regionCode}|${row.referenceDate}`;
    const seen = byKey.get(key);
    if (!seen || (row.state === 'published' && seen.state !== 'published')) byKey.set(key, row);
  }
  return [...byKey.values()];
}
