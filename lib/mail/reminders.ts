import { and, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { followUpRounds, staffingReports, users } from '@/lib/db/schema';
import { reportingState } from '@/lib/domain/rounds';
import { queueRoundOpened } from './events';
import { queueMail, type QueuedMail } from './outbox';

/** The ISO day `days` before `day`. */
function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** States in which a region has not sent in its report. */
const WAITING = new Set(['not_started', 'draft', 'returned']);

/**
 * From `daysAhead` days before an open round's last day until that day, each active editor of a region
 * that has not sent in its staffing gets one reminder (per round and last day: extending the round
 * reminds again). Safe to call as often as wanted: each reminder is written once.
 */
export async function queueDeadlineReminders(db: Database, today: string, daysAhead: number): Promise<number> {
  const rounds = (await db.select().from(followUpRounds).where(and(lte(followUpRounds.opensOn, today), gte(followUpRounds.closesOn, today)))).filter(
    (round) => daysBefore(round.closesOn, daysAhead) <= today,
  );
  let queued = 0;
  for (const round of rounds) {
    const reports = await db
      .select({ regionCode: staffingReports.regionCode, status: staffingReports.status })
      .from(staffingReports)
      .where(eq(staffingReports.referenceDate, round.referenceDate));
    const editors = await db
      .select({ id: users.id, regionCode: users.regionCode })
      .from(users)
      .where(and(eq(users.role, 'editor'), eq(users.active, true)));
    const waitingEditors = editors.filter((editor) => {
      const own = reports.filter((r) => r.regionCode === editor.regionCode).map((r) => ({ status: r.status, submittedOn: null }));
      return editor.regionCode !== null && WAITING.has(reportingState(own).state);
    });
    const messages: QueuedMail[] = waitingEditors.map((editor) => ({
      userId: editor.id,
      kind: 'round_closing',
      params: { round: round.name, referenceDate: round.referenceDate, closesOn: round.closesOn, regionCode: editor.regionCode! },
      dedupeKey: `round_closing:${round.id}:${round.closesOn}:${editor.id}`,
    }));
    queued += await db.transaction((tx) => queueMail(tx, messages));
  }
  return queued;
}

/** How long after a round opens an editor is still told that it has (a new account, a round that opened overnight). */
const OPENING_NEWS_DAYS = 7;

/**
 * Rounds that opened on a later day than they were made are told of when the day comes: every active
 * editor gets the news once, within a week of the opening (never for rounds long open).
 */
export async function queueRoundOpenings(db: Database, today: string): Promise<number> {
  const rounds = await db
    .select()
    .from(followUpRounds)
    .where(and(lte(followUpRounds.opensOn, today), gte(followUpRounds.opensOn, daysBefore(today, OPENING_NEWS_DAYS)), gte(followUpRounds.closesOn, today)));
  let queued = 0;
  for (const round of rounds) queued += await db.transaction((tx) => queueRoundOpened(tx, round));
  return queued;
}
