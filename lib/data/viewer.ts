import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { auth } from '@/lib/auth/config';
import { clientAddress } from '@/lib/client-address';
import { getConnection } from '@/lib/db/client';
import { checkPassword, endSessions, signInSchema, viewerForSession, type SignInOutcome, type Viewer } from './accounts';

export type { Viewer } from './accounts';

/** Who is asking, read from the database for this request: null when signed out, deactivated or ended. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  return viewerForSession(getConnection().db, session ? { userId: session.userId, sessionVersion: session.sessionVersion } : null);
});

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
