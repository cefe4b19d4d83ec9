import 'server-only';
import { getMessages, getTranslations } from 'next-intl/server';
import type { EntryFormState } from '@/components/entry/entry-form';
import type { AccountFailure } from '@/lib/data/account-admin';
import type { RoundFailure } from '@/lib/data/round-admin';
import { regionRows } from '@/lib/domain/regions';
import { fieldErrorText } from '@/lib/entry/field-error-text';
import { formatDateTime } from '@/lib/i18n/format';
import { keptForm, refusedForm } from '../form-state';

/** An administrator's form refused by the data-access layer, as the form shows it in the user's language. */
export async function failureState(failure: AccountFailure | RoundFailure, locale: 'sv' | 'en', values: Record<string, string>): Promise<EntryFormState> {
  const t = await getTranslations({ locale, namespace: 'admin' });
  const entry = await getTranslations({ locale, namespace: 'entry' });
  // The password is never sent back to the browser, not even into its own field.
  const kept = { ...values, password: '' };
  const messages = (await getMessages({ locale })) as { entry: { errors: Record<string, string> }; admin: { errors: Record<string, string> } };
  // The same wording as the browser's check gives (adminFormTexts: the admin forms' codes over the shared ones).
  const errorText = (error: string) => fieldErrorText({ ...messages.entry.errors, ...messages.admin.errors }, locale, error);
  const state = keptForm(kept);
  switch (failure.kind) {
    case 'conflict': {
      const shown = (field: string, value: unknown): string => {
        if (field === 'role') return t(`accounts.roles.${value === 'admin' ? 'admin' : 'editor'}`);
        if (field === 'active') return t(value ? 'accountForm.activeTrue' : 'accountForm.activeFalse');
        if (field === 'regionCode') {
          const region = regionRows.find((r) => r.code === value);
          return region ? (locale === 'en' ? region.nameEn : region.nameSv) : t('accountForm.noRegion');
        }
        return String(value ?? '–');
      };
      const current = Object.entries(failure.current).map(([field, value]): [string, string] => [t(`accountForm.${field}` as 'accountForm.name'), shown(field, value)]);
      return {
        ...state,
        conflict: {
          message: t('errors.conflict', { who: failure.changedBy ?? entry('unknownPerson'), time: failure.changedAt ? formatDateTime(failure.changedAt) : '–' }),
          current,
          after: t('errors.conflictAfter'),
        },
      };
    }
    case 'round_changed':
      return { ...state, summary: t('errors.round_changed', { who: failure.changedBy ?? entry('unknownPerson'), time: formatDateTime(failure.changedAt) }) };
    default:
      return refusedForm(failure, kept, errorText, entry('errors.summary'));
  }
}
