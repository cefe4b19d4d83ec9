'use server';

import { redirect } from 'next/navigation';
import type { EntryFormState } from '@/components/entry/entry-form';
import { createRound } from '@/lib/data/round-admin';
import { formFields } from '@/lib/entry/fields';
import { failureState } from '../form-state';
import { adminPath } from '../paths';

/** Thin: the data-access layer checks the administrator and the input and opens the round. */
export async function createRoundAction(_state: EntryFormState, form: FormData): Promise<EntryFormState> {
  const values = formFields(form);
  const locale = values.locale === 'en' ? 'en' : 'sv';
  delete values.locale;
  const result = await createRound(values);
  if (!result.ok) return failureState(result.failure, locale, values);
  redirect(adminPath(locale, '/omgangar?done=created'));
}
