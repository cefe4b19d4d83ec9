import 'server-only';
import { type getTranslations } from 'next-intl/server';
import type { FieldSpec } from '@/components/entry/entry-form';
import { ACCOUNT_ROLES } from '@/lib/accounts/account-input';
import type { AccountSummary } from '@/lib/data/account-admin';
import { regionRows } from '@/lib/domain/regions';

type Translate = Awaited<ReturnType<typeof getTranslations<'admin'>>>;

function roleAndRegion(t: Translate, locale: string): FieldSpec[] {
  return [
    {
      name: 'role',
      label: t('accountForm.role'),
      required: true,
      control: { kind: 'select', options: ACCOUNT_ROLES.map((role) => ({ value: role, label: t(`accounts.roles.${role}`) })) },
    },
    {
      name: 'regionCode',
      label: t('accountForm.regionCode'),
      hint: t('accountForm.regionHint'),
      control: {
        kind: 'select',
        options: [
          { value: '', label: t('accountForm.noRegion') },
          ...regionRows.map((region) => ({ value: region.code, label: locale === 'en' ? region.nameEn : region.nameSv })),
        ],
      },
    },
  ];
}

export function newAccountFields(t: Translate, locale: string): FieldSpec[] {
  return [
    { name: 'email', label: t('accountForm.email'), required: true, control: { kind: 'input', type: 'email', autoComplete: 'off' } },
    { name: 'name', label: t('accountForm.name'), required: true, control: { kind: 'input', autoComplete: 'off' } },
    ...roleAndRegion(t, locale),
    { name: 'password', label: t('accountForm.password'), hint: t('accountForm.passwordHint'), control: { kind: 'input', type: 'password', autoComplete: 'new-password' } },
    { name: 'oidcIssuer', label: t('accountForm.oidcIssuer'), hint: t('accountForm.oidcIssuerHint'), control: { kind: 'input', type: 'url' } },
    { name: 'oidcSubject', label: t('accountForm.oidcSubject'), hint: t('accountForm.oidcSubjectHint'), control: { kind: 'input' } },
  ];
}

export function accountChangeFields(t: Translate, locale: string): FieldSpec[] {
  return [
    { name: 'name', label: t('accountForm.name'), required: true, control: { kind: 'input', autoComplete: 'off' } },
    ...roleAndRegion(t, locale),
    {
      name: 'active',
      label: t('accountForm.active'),
      hint: t('accountForm.activeHint'),
      required: true,
      control: {
        kind: 'select',
        options: [
          { value: 'true', label: t('accountForm.activeTrue') },
          { value: 'false', label: t('accountForm.activeFalse') },
        ],
      },
    },
  ];
}

export function accountValues(account: AccountSummary): Record<string, string> {
  return { name: account.name, role: account.role, regionCode: account.regionCode ?? '', active: String(account.active) };
}
