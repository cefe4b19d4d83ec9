'use server';

import { AuthError } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import type { SignInFormState } from '@/components/auth/sign-in-form';
import { signIn } from '@/lib/auth/config';
import { accountPath, safeReturnPath } from '@/lib/auth/return-path';
import { signInWithPassword } from '@/lib/data/viewer';
import { formLocale, formOf } from '@/lib/entry/fields';

/** Sign in with e-mail and password. Thin: the data-access layer checks; Auth.js sets the cookie. */
export async function signInAction(_state: SignInFormState, input: unknown): Promise<SignInFormState> {
  const form = formOf(input);
  const locale = formLocale(form.get('locale'));
  const t = await getTranslations({ locale, namespace: 'auth.errors' });
  const email = typeof form.get('email') === 'string' ? String(form.get('email')).slice(0, 254) : '';

  const result = await signInWithPassword({ email: form.get('email') ?? '', password: form.get('password') ?? '' });
  if (!result.ok) {
    if (result.reason === 'fields') {
      const fields = Object.fromEntries(Object.entries(result.fields).map(([field, key]) => [field, t(key)]));
      return { summary: t('summary'), fields, email };
    }
    const message =
      result.reason === 'rate_limited' ? t('rate_limited', { minutes: Math.ceil(result.retryAfterSeconds / 60) }) : t('invalid');
    return { summary: message, fields: {}, email };
  }

  const next = safeReturnPath(form.get('next'), accountPath(locale));
  try {
    await signIn('ticket', { ticket: result.ticket, redirectTo: next });
  } catch (error) {
    // A redirect is how success ends; only Auth.js' own refusals are turned into a message.
    if (error instanceof AuthError) return { summary: t('unavailable'), fields: {}, email };
    throw error;
  }
  return { summary: null, fields: {}, email };
}

/** Sign in through the organisation's identity provider; Auth.js sends the browser there and back. */
export async function signInWithOidcAction(input: unknown): Promise<void> {
  const form = formOf(input);
  const locale = formLocale(form.get('locale'));
  await signIn('oidc', { redirectTo: safeReturnPath(form.get('next'), accountPath(locale)) });
}
