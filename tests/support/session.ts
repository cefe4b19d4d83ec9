import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionClaim } from '@/lib/auth/session';
import { getConnection } from '@/lib/db/client';
import { startSession } from '@/lib/data/internal/sessions';

/**
 * The session source of the data-layer tests, in place of lib/auth/session.ts (vitest.config.mts
 * points `@/lib/auth/session` here): a test names the session cookie a call runs under, and the
 * account behind it is still read from the database. Production code has no test branch.
 */

const sessions = new AsyncLocalStorage<SessionClaim | null>();

export type { SessionClaim } from '@/lib/auth/session';

/** @public Takes the place of lib/auth/session.ts's export (vitest.config.mts). */
export async function requestSession(): Promise<SessionClaim | null> {
  return sessions.getStore() ?? null;
}

/**
 * Runs `fn` as if its requests carried this session cookie. A claim without a session id gets a
 * fresh session, as a sign-in just now would.
 */
export async function runWithTestSession<T>(session: (Omit<SessionClaim, 'sessionId'> & { sessionId?: string }) | null, fn: () => Promise<T>): Promise<T> {
  const claim = session && { ...session, sessionId: session.sessionId ?? (await startSession(getConnection().db, session.userId)) };
  return sessions.run(claim, fn);
}
