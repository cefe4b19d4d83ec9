'use server';

import { getMessages, getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { EntryFormState } from '@/components/entry/entry-form';
import { deleteDecision, saveDecision, submitDecision } from '@/lib/data/decisions';
import type { EntryFailure, EntryResult } from '@/lib/data/entry';
import { deleteStaffingReport, saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import { fieldErrorText } from '@/lib/entry/field-error-text';
import { formOf, localisedFields } from '@/lib/entry/fields';
import { formatDateTime } from '@/lib/i18n/format';
import { keptForm, refusedForm } from '../form-state';
import { reportingPath } from './form-fields';

type RecordKind = 'beslut' | 'bemanning';

/** A record's id or version as the confirmation step's address may carry it back. */
const digits = (text: string | undefined) => /^\d{1,9}$/.test(text ?? '');

/*
 * Thin wrappers: each parses nothing itself and decides nothing; the data-access layer establishes the
 * viewer, checks the input with the form's schema and scopes the write to the viewer's region. Here the
 * answer is only put into the user's language.
 */

async function failureState(failure: EntryFailure, locale: 'sv' | 'en', values: Record<string, string>, labelPrefix: string): Promise<EntryFormState> {
  const t = await getTranslations({ locale, namespace: 'entry' });
  const { entry } = (await getMessages({ locale })) as { entry: { errors: Record<string, string> } };
  // The same wording as the browser's check gives (components/entry/entry-form.tsx).
  const errorText = (error: string) => fieldErrorText(entry.errors, locale, error);
  const state = keptForm(values);
  switch (failure.kind) {
    case 'needs_explanation':
      return { ...state, warnings: failure.warnings.map((warning) => t(`warnings.${warning}`)) };
    case 'conflict': {
      const time = formatDateTime(failure.changedAt);
      const current = Object.keys(values)
        .filter((field) => field in failure.current && t.has(`${labelPrefix}.${field}`))
        .map((field): [string, string] => [t(`${labelPrefix}.${field}` as 'decisionForm.kind'), String(failure.current[field] ?? '–')]);
      return {
        ...state,
        conflict: { message: t('errors.conflict', { who: failure.changedBy ?? t('unknownPerson'), time }), current, after: t('errors.conflictAfter') },
      };
    }
    case 'read_only':
      return { ...state, summary: t('errors.read_only', { status: t(`status.${failure.status}`).toLowerCase() }) };
    default:
      return refusedForm(failure, values, errorText, t('errors.summary'));
  }
}

/** Back to the list, naming the saved record: the list says whether it must still be sent in (a returned record stays returned). */
async function save(form: FormData, write: (input: unknown) => Promise<EntryResult>, kind: RecordKind): Promise<EntryFormState> {
  const { locale, values } = localisedFields(form);
  const result = await write(values);
  if (!result.ok) return failureState(result.failure, locale, values, kind === 'beslut' ? 'decisionForm' : 'reportForm');
  redirect(reportingPath(locale, `?done=saved&record=${kind}:${result.id}`));
}

export async function saveDecisionAction(_state: EntryFormState, input: unknown): Promise<EntryFormState> {
  const form = formOf(input);
  return save(form, saveDecision, 'beslut');
}

export async function saveStaffingReportAction(_state: EntryFormState, input: unknown): Promise<EntryFormState> {
  const form = formOf(input);
  return save(form, saveStaffingReport, 'bemanning');
}

/**
 * Sends in or deletes, then back to the list. A deletion without its confirmation (the data-access
 * layer refuses it) goes back to the confirmation step for the same draft, saying why.
 */
async function transition(form: FormData, write: (input: unknown) => Promise<EntryResult>, done: 'submitted' | 'deleted', kind: RecordKind): Promise<never> {
  const { locale, values } = localisedFields(form);
  const result = await write(values);
  if (result.ok) redirect(reportingPath(locale, `?done=${done}`));
  const unconfirmed = done === 'deleted' && result.failure.kind === 'invalid' && result.failure.fields.confirmed !== undefined && digits(values.id) && digits(values.version);
  redirect(reportingPath(locale, unconfirmed ? `?remove=${kind}:${values.id}:${values.version}&failed=confirm_required` : `?failed=${result.failure.kind}`));
}

export async function submitDecisionAction(input: unknown): Promise<void> {
  const form = formOf(input);
  await transition(form, submitDecision, 'submitted', 'beslut');
}

export async function deleteDecisionAction(input: unknown): Promise<void> {
  const form = formOf(input);
  await transition(form, deleteDecision, 'deleted', 'beslut');
}

export async function submitStaffingReportAction(input: unknown): Promise<void> {
  const form = formOf(input);
  await transition(form, submitStaffingReport, 'submitted', 'bemanning');
}

export async function deleteStaffingReportAction(input: unknown): Promise<void> {
  const form = formOf(input);
  await transition(form, deleteStaffingReport, 'deleted', 'bemanning');
}
