import 'server-only';

/** What a session cookie claims: the account, the session version it was issued for, and its session. */
export interface SessionClaim {
  userId: string;
  sessionVersion: number;
  sessionId: string;
}

/**
 * The claim of this request's session cookie, as Auth.js reads it; whether the account and session
 * still stand is the data-access layer's question (lib/data/internal/viewer.ts). The one source of
 * sessions: the data-layer tests put their own in its place (tests/support/session.ts).
 */
export async function requestSession(): Promise<SessionClaim | null> {
  // Loaded on first use, not at the top: a public page never needs Auth.js or its key.
  const { auth } = await import('./config');
  const session = await auth();
  return session ? { userId: session.userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId } : null;
}
