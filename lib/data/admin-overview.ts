import 'server-only';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { auditLog, decisions, mailOutbox, publicationItems, publications, staffingReports } from '@/lib/db/schema';
import { todayInSweden } from '@/lib/i18n/format';
import { adminRead } from './guard';
import { reportingStatusBoard, type RoundBoard } from './rounds';

interface RoundAttention {
  round: RoundBoard['round'];
  /** Regions that have not sent in (not started, draft, returned), with how late they are (null: before the last day). */
  waiting: { code: string; name: { sv: string; en: string }; state: 'not_started' | 'draft' | 'returned'; daysLate: number | null }[];
}

export interface AdminOverview {
  /** Records sent in and waiting for review, and approved ones waiting for publication. */
  toReview: number;
  toPublish: number;
  /** Rounds that have opened and still wait for some region, newest first. */
  rounds: RoundAttention[];
  lastPublication: { at: string; records: number } | null;
  lastImport: { at: string; entity: string } | null;
  /** E-mail not yet sent, and how much of it has failed at least once. */
  mail: { waiting: number; failing: number };
}

const WAITING = new Set(['not_started', 'draft', 'returned']);

/** What needs an administrator's attention now: the administration's home page. */
export const getAdminOverview = adminRead(async (): Promise<AdminOverview> => {
  const { db } = getConnection();
  const pending = (status: 'submitted' | 'approved') =>
    Promise.all([
      db.select({ n: count() }).from(decisions).where(and(eq(decisions.status, status), eq(decisions.isExample, false))),
      db.select({ n: count() }).from(staffingReports).where(and(eq(staffingReports.status, status), eq(staffingReports.isExample, false))),
    ]).then(([[d], [s]]) => (d?.n ?? 0) + (s?.n ?? 0));
  const [toReview, toPublish, board, [publication], [imported], [mail]] = await Promise.all([
    pending('submitted'),
    pending('approved'),
    reportingStatusBoard(),
    db.select({ id: publications.id, at: publications.publishedAt }).from(publications).orderBy(desc(publications.publishedAt), desc(publications.id)).limit(1),
    db.select({ at: auditLog.at, entity: auditLog.entity }).from(auditLog).where(eq(auditLog.action, 'import')).orderBy(desc(auditLog.id)).limit(1),
    db
      .select({ waiting: count(), failing: sql<number>`count(*) filter (where ${mailOutbox.attempts} > 0)`.mapWith(Number) })
      .from(mailOutbox)
      .where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.skipped))),
  ]);
  const records = publication
    ? ((await db.select({ n: count() }).from(publicationItems).where(inArray(publicationItems.publicationId, [publication.id])))[0]?.n ?? 0)
    : 0;
  const today = todayInSweden();
  const rounds = board
    .filter(({ round }) => round.opensOn <= today)
    .map(({ round, standings }) => ({
      round,
      waiting: standings
        .filter((s) => WAITING.has(s.state))
        .map((s) => ({ code: s.region.code, name: { sv: s.region.nameSv, en: s.region.nameEn }, state: s.state as RoundAttention['waiting'][number]['state'], daysLate: s.daysLate })),
    }))
    .filter((r) => r.waiting.length > 0);
  return {
    toReview,
    toPublish,
    rounds,
    lastPublication: publication ? { at: publication.at.toISOString(), records } : null,
    lastImport: imported ? { at: imported.at.toISOString(), entity: imported.entity } : null,
    mail: { waiting: mail?.waiting ?? 0, failing: mail?.failing ?? 0 },
  };
});
