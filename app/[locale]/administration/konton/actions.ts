'use server';

import { redirect } from 'next/navigation';
import type { EntryFormState } from '@/components/entry/entry-form';
import { changeAccount, createAccountAsAdmin, type AccountResult } from '@/lib/data/account-admin';
import { formOf, localisedFields } from '@/lib/entry/fields';
import { failureState } from '../form-state';
import { adminPath } from '../paths';

/*
 * Thin wrappers: the data-access layer establishes that the viewer is an administrator, checks the
 * input with the form's schema and writes; here the answer is only put into the user's language.
 */

async function respond(form: FormData, write: (input: unknown) => Promise<AccountResult>, done: 'created' | 'saved'): Promise<EntryFormState> {
  const { locale, values } = localisedFields(form);
  const result = await write(values);
  if (!result.ok) return failureState(result.failure, locale, values);
  redirect(adminPath(locale, `/konton?done=${done}`));
}

export async function createAccountAction(_state: EntryFormState, input: unknown): Promise<EntryFormState> {
  const form = formOf(input);
  return respond(form, createAccountAsAdmin, 'created');
}

export async function changeAccountAction(_state: EntryFormState, input: unknown): Promise<EntryFormState> {
  const form = formOf(input);
  return respond(form, changeAccount, 'saved');
}
