import 'server-only';
import type { EntryFormState } from '@/components/entry/entry-form';

/** A refused form as sent: its values kept, no message yet. */
export const keptForm = (values: Record<string, string>): EntryFormState => ({ values, fieldErrors: {}, summary: null, warnings: [], conflict: null });

/**
 * What every form refused by the data-access layer shows unless its own refusal says more (a conflict,
 * say): an invalid input named field by field under a summary, any other refusal as its own message.
 * `errorText` puts an error code into the user's language.
 */
export function refusedForm(failure: { kind: string; fields?: Record<string, string> }, values: Record<string, string>, errorText: (code: string) => string, invalidSummary: string): EntryFormState {
  const state = keptForm(values);
  if (failure.kind === 'invalid' && failure.fields) {
    return { ...state, summary: invalidSummary, fieldErrors: Object.fromEntries(Object.entries(failure.fields).map(([field, code]) => [field, errorText(code)])) };
  }
  return { ...state, summary: errorText(failure.kind) };
}
