import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { headers } from 'next/headers';
import { cache } from 'react';
import { clientAddress } from '@/lib/client-address';
import { getConnection } from '@/lib/db/client';
import { env } from '@/lib/env';
import { startSession } from './sessions';
import { checkPassword, endSessions, signInSchema, viewerForSession, type SessionClaim as Claim, type SignInOutcome, type Viewer } from './accounts';

export type { Viewer } from './accounts';

type SessionClaim = Claim | null;

// Data-layer tests run without an HTTP request, so they name the session a call runs under; the account
// behind it is still read from the database. Only under NODE_ENV=test: a built server never looks here.
const testSessions = new AsyncLocalStorage<SessionClaim>();

/**
 * Runs `fn` as if its requests carried this session cookie (tests of the data-access layer only). A
 * claim without a session id gets a fresh session, as a sign-in just now would.
 */
export async function runWithTestSession<T>(session: (Omit<Claim, 'sessionId'> & { sessionId?: string }) | null, fn: () => Promise<T>): Promise<T> {
  if (env.NODE_ENV !== 'test') throw new Error('runWithTestSession is for the data-layer tests only');
  const claim = session && { ...session, sessionId: session.sessionId ?? (await startSession(getConnection().db, session.userId)) };
  return testSessions.run(claim, fn);
}

async function sessionClaim(): Promise<SessionClaim> {
  if (env.NODE_ENV === 'test') return testSessions.getStore() ?? null;
  // Loaded here, not at the top: the data-layer tests never load Auth.js (nor need its key).
  const { auth } = await import('@/lib/auth/config');
  const session = await auth();
  return session ? { userId: session.userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId } : null;
}

/**
 * The account a request's session names, without asking the database whether it is still active:
 * only for following something that account started after a full check (see import-progress.ts).
 */
export async function sessionHolder(): Promise<string | null> {
  return (await sessionClaim())?.userId ?? null;
}

/** Who is asking, read from the database for this request: null when signed out, deactivated or ended. */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerForSession(getConnection().db, await sessionClaim()));

export type PasswordSignInResult = SignInOutcome | { ok: false; reason: 'fields'; fields: Partial<Record<'email' | 'password', string>> };

/** Checks a sign-in form (unknown fields refused) from the requesting client's address. */
export async function signInWithPassword(input: unknown): Promise<PasswordSignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Partial<Record<'email' | 'password', string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === 'email' || field === 'password') && !fields[field]) fields[field] = issue.message;
    }
    return { ok: false, reason: 'fields', fields: Object.keys(fields).length > 0 ? fields : { email: 'email_invalid' } };
  }
  return checkPassword(getConnection().db, parsed.data, clientAddress(await headers()));
}

/** Ends all of the viewer's sessions; nothing happens for someone not signed in. */
export async function endViewerSessions(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await endSessions(getConnection().db, viewer);
}

/**
 * Ends all sessions of the account a session cookie names, if that session is still valid: Auth.js's
 * own sign-out (/api/auth/signout) ends sessions exactly as the product's does.
 */
export async function endClaimedSessions(claim: SessionClaim): Promise<void> {
  const db = getConnection().db;
  const viewer = await viewerForSession(db, claim);
  if (viewer) await endSessions(db, viewer);
}

export type AdminRefusal = { kind: 'unauthenticated' } | { kind: 'forbidden' };

/** The signed-in administrator, or why this request is not one: the one check every administrators' function makes. */
export async function administrator(): Promise<Viewer | AdminRefusal> {
  const viewer = await getViewer();
  if (!viewer) return { kind: 'unauthenticated' };
  if (viewer.role !== 'admin') return { kind: 'forbidden' };
  return viewer;
}
