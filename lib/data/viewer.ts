import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/client-address';
import { getConnection } from '@/lib/db/client';
import { fieldErrors } from '@/lib/entry/fields';
import { adminRead, anyone, publicRead, signedIn } from './guard';
import { checkPassword, endSessions, signInSchema, type SignInOutcome } from './internal/accounts';
import { getViewer as viewerOfRequest } from './internal/viewer';

export type { Refusal as AdminRefusal } from './guard';

/** Who is asking, read from the database for this request: null when signed out, deactivated or ended. */
export const getViewer = publicRead(viewerOfRequest);

/** The signed-in administrator, or why this request is not one. */
export const administrator = adminRead(async (viewer) => viewer);

export type PasswordSignInResult = SignInOutcome | { ok: false; reason: 'fields'; fields: Partial<Record<'email' | 'password', string>> };

/** Checks a sign-in form (unknown fields refused) from the requesting client's address. */
export const signInWithPassword = anyone(async (input: unknown): Promise<PasswordSignInResult> => {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const { email, password } = fieldErrors(parsed.error);
    const fields = { ...(email && { email }), ...(password && { password }) };
    return { ok: false, reason: 'fields', fields: Object.keys(fields).length > 0 ? fields : { email: 'email_invalid' } };
  }
  return checkPassword(getConnection().db, parsed.data, clientAddress(await headers()));
});

/** Ends all of the viewer's sessions; nothing happens for someone not signed in. */
export const endViewerSessions = signedIn(async (viewer) => endSessions(getConnection().db, viewer));
