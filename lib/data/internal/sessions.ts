import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { sessions } from '@/lib/db/schema';
import { env } from '@/lib/env';

/**
 * Sessions are kept on the server: the cookie only names one. Its absolute lifetime counts from sign-in
 * and is never extended; its idle time counts from the last request the server saw with it. Both are
 * checked here on every request, so neither refreshing the cookie nor replaying a copy of it helps.
 */

export interface SessionLimits {
  absoluteMs: number;
  idleMs: number;
}

const configuredLimits = (): SessionLimits => ({
  absoluteMs: env.SESSION_HOURS * 3_600_000,
  idleMs: env.SESSION_IDLE_MINUTES * 60_000,
});

// Writing the last-seen time once a minute at most keeps requests from each writing a row; the idle
// limit is therefore kept to within a minute (a session may end up to a minute early, never late).
const TOUCH_INTERVAL_MS = 60_000;

/** Records a new sign-in of the account; its id goes into the session cookie. */
export async function startSession(db: Database, userId: string, now = new Date()): Promise<string> {
  const [row] = await db.insert(sessions).values({ userId, signedInAt: now, lastSeenAt: now }).returning({ id: sessions.id });
  if (!row) throw new Error('the session was not recorded');
  return row.id;
}

/**
 * Whether the account's session `id` is valid at `now`; if it is, the request counts as activity.
 * Returns when it ends at the latest (its absolute end), or null when it is unknown, ended or expired.
 */
export async function touchSession(db: Database, userId: string, id: string, now = new Date(), limits = configuredLimits()): Promise<{ endsAt: Date } | null> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId)))
    .limit(1);
  if (!row || row.endedAt) return null;
  const endsAt = new Date(row.signedInAt.getTime() + limits.absoluteMs);
  if (now >= endsAt || now.getTime() - row.lastSeenAt.getTime() >= limits.idleMs) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
  }
  return { endsAt };
}

/** Ends every open session of the account: each copy of each of its cookies stops working. */
export async function endAccountSessions(db: Pick<Database, 'update'>, userId: string, now = new Date()): Promise<void> {
  await db.update(sessions).set({ endedAt: now }).where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
}
