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

async function save(form: FormData, write: (input: unknown) => Promise<EntryResult>, labelPrefix: string): Promise<EntryFormState> {
  const { locale, values } = localisedFields(form);
  const result = await write(values);
  if (!result.ok) return failureState(result.failure, locale, values, labelPrefix);
  redirect(reportingPath(locale, '?done=saved'));
}

export async function saveDecisionAction(_state: EntryFormState, input: unknown): Promise<EntryFormState> {
  const form = formOf(input);
  return save(form, saveDecision, 'decisionForm');
}

export async function saveStaffingReportAction(_state: EntryFormState, input: unknown): Promise<EntryFormState> {
  const form = formOf(input);
  return save(form, saveStaffingReport, 'reportForm');
}

async function transition(form: FormData, write: (input: unknown) => Promise<EntryResult>, done: 'submitted' | 'deleted'): Promise<never> {
  const { locale, values } = localisedFields(form);
  const result = await write(values);
  redirect(reportingPath(locale, result.ok ? `?done=${done}` : `?failed=${result.failure.kind}`));
}

export async function submitDecisionAction(input: unknown): Promise<void> {
  const form = formOf(input);
  await transition(form, submitDecision, 'submitted');
}

export async function deleteDecisionAction(input: unknown): Promise<void> {
  const form = formOf(input);
  await transition(form, deleteDecision, 'deleted');
}

export async function submitStaffingReportAction(input: unknown): Promise<void> {
  const form = formOf(input);
  await transition(form, submitStaffingReport, 'submitted');
}

export async function deleteStaffingReportAction(input: unknown): Promise<void> {
  const form = formOf(input);
  await transition(form, deleteStaffingReport, 'deleted');
}
