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
 * Which state each region's staffing report is in, per reference date — the public reporting status.
 * Only the workflow state leaves this function, never an unpublished figure.
 */
export async function listReportingStates(): Promise<RoundState[]> {
  const { db } = getConnection();
  const rows = await db
    .select({ regionCode: staffingReports.regionCode, referenceDate: staffingReports.referenceDate, state: staffingReports.status })
    .from(staffingReports)
    .orderBy(desc(staffingReports.updatedAt));
  // A published report and a correction in review may exist side by side: the one in review is the news.
  const byKey = new Map<string, RoundState>();
  for (const row of rows) {
    const key = `${row.regionCode}|${row.referenceDate}`;
    const seen = byKey.get(key);
    if (!seen || (seen.state === 'published' && row.state !== 'published')) byKey.set(key, row);
  }
  return [...byKey.values()];
}
