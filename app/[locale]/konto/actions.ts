'use server';

import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth/config';
import { saveMailChoices } from '@/lib/data/mail-preferences';
import { endViewerSessions } from '@/lib/data/viewer';
import { formLocale, formOf } from '@/lib/entry/fields';

/** Sign out: the data-access layer ends every session of the viewer, then the cookie is cleared. */
export async function signOutAction(input: unknown): Promise<void> {
  const form = formOf(input);
  const locale = formLocale(form.get('locale'));
  await endViewerSessions();
  await signOut({ redirectTo: `${locale === 'en' ? '/en' : ''}/logga-in?signedOut` });
}

/** Saves the editor's e-mail choices, then shows the account page saying whether they were saved. */
export async function saveMailChoicesAction(input: unknown): Promise<void> {
  const form = formOf(input);
  const locale = formLocale(form.get('locale'));
  const result = await saveMailChoices({ mail: form.get('mail'), mailLocale: form.get('mailLocale') });
  redirect(`${locale === 'en' ? '/en' : ''}/konto?epost=${result.ok ? 'sparad' : 'fel'}#epost`);
}
