import 'server-only';
import { cache } from 'react';
import { provideIdentityLinks } from '@/lib/auth/identity-links';
import { requestSession, type SessionClaim } from '@/lib/auth/session';
import { getConnection } from '@/lib/db/client';
import { checkOidcIdentity, endSessions, viewerForSession, type Viewer } from './accounts';

/** Who is asking, read from the database for this request: null when signed out, deactivated or ended. */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerForSession(getConnection().db, await requestSession()));

/**
 * The account a request's session names, without asking the database whether it is still active:
 * only for following something that account started after a full check (see import-progress.ts).
 */
export async function sessionHolder(): Promise<string | null> {
  return (await requestSession())?.userId ?? null;
}

/**
 * Ends all sessions of the account a session cookie names, if that session is still valid: Auth.js's
 * own sign-out (/api/auth/signout) ends sessions exactly as the product's does.
 */
export async function endClaimedSessions(claim: SessionClaim | null): Promise<void> {
  const db = getConnection().db;
  const viewer = await viewerForSession(db, claim);
  if (viewer) await endSessions(db, viewer);
}

// Auth.js (lib/auth, below this layer) reaches the accounts only through what is passed in here.
provideIdentityLinks({
  linkOidcIdentity: (identity, address) => checkOidcIdentity(getConnection().db, identity, address),
  endClaimedSessions,
});
