'use server';

import { redirect } from 'next/navigation';
import type { EntryFormState } from '@/components/entry/entry-form';
import { refreshPublicPages } from '@/lib/cache/refresh';
import { changeRound, createRound, type RoundResult } from '@/lib/data/round-admin';
import { formOf, localisedFields } from '@/lib/entry/fields';
import { failureState } from '../form-state';
import { adminPath } from '../paths';

/* Thin: the data-access layer checks the administrator, the input (and for a change the version seen) and writes; the public caches are then refreshed. */

type RoundWrite = (raw: unknown) => Promise<RoundResult>;

async function submitRound(write: RoundWrite, done: 'created' | 'changed', form: FormData): Promise<EntryFormState> {
  const { locale, values } = localisedFields(form);
  const result = await write(values);
  if (!result.ok) return failureState(result.failure, locale, values);
  // Rounds are public (the open-data API, the status board).
  refreshPublicPages();
  redirect(adminPath(locale, `/omgangar?done=${done}`));
}

export async function createRoundAction(_state: EntryFormState, input: unknown): Promise<EntryFormState> {
  const form = formOf(input);
  return submitRound(createRound, 'created', form);
}

export async function changeRoundAction(_state: EntryFormState, input: unknown): Promise<EntryFormState> {
  const form = formOf(input);
  return submitRound(changeRound, 'changed', form);
}
