'use server';

import { signOut } from '@/lib/auth/config';
import { endViewerSessions } from '@/lib/data/viewer';
import { formLocale, formOf } from '@/lib/entry/fields';

/** Sign out: the data-access layer ends every session of the viewer, then the cookie is cleared. */
export async function signOutAction(input: unknown): Promise<void> {
  const form = formOf(input);
  const locale = formLocale(form.get('locale'));
  await endViewerSessions();
  await signOut({ redirectTo: `${locale === 'en' ? '/en' : ''}/logga-in?signedOut` });
}
