import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EntryForm } from '@/components/entry/entry-form';
import { getAccount, type AccountHistoryEntry } from '@/lib/data/account-admin';
import { administrator } from '@/lib/data/viewer';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { adminFormTexts } from '../../form-texts';
import { accountChangeFields, accountValues, newAccountFields } from '../account-fields';
import { changeAccountAction, createAccountAction } from '../actions';
import { adminMetadata, refusedPage } from '../../page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('accounts.title');

async function AccountHistory({ history, locale }: { history: AccountHistoryEntry[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'admin' });
  const label = (field: string) => (t.has(`accountForm.${field}`) ? t(`accountForm.${field}` as 'accountForm.name') : field);
  const changes = (entry: AccountHistoryEntry) => {
    const before = (entry.oldValue ?? {}) as Record<string, unknown>;
    const after = (entry.newValue ?? {}) as Record<string, unknown>;
    return Object.keys(before).map((field) => t('accountForm.historyChange', { field: label(field), old: String(before[field] ?? '–'), new: String(after[field] ?? '–') }));
  };
  return (
    <>
      <h2>{t('accountForm.history')}</h2>
      <ol className="timeline" data-testid="account-history">
        {history.map((entry, index) => (
          <li key={index}>
            {t('accountForm.historyEntry', {
              time: formatDateTime(entry.at),
              action: t.has(`accountForm.actions.${entry.action}`) ? t(`accountForm.actions.${entry.action}` as 'accountForm.actions.create') : entry.action,
              who: entry.who,
            })}
            {changes(entry).length > 0 && <> ({changes(entry).join('; ')})</>}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A new account ("ny") or an existing one to change, with what administrators have done to it. */
export default async function AccountPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await administrator();
  if ('kind' in viewer) return refusedPage(viewer, locale, `/konton/${id}`, 'accounts.title');
  const t = await getTranslations({ locale, namespace: 'admin' });
  const back = (
    <p>
      <Link href="/administration/konton">{t('accountForm.back')}</Link>
    </p>
  );

  if (id === 'ny') {
    return (
      <>
        {back}
        <h1>{t('accountForm.newTitle')}</h1>
        <EntryForm
          schema="newAccount"
          today=""
          action={createAccountAction}
          fields={newAccountFields(t, locale)}
          initial={{ role: 'editor' }}
          hidden={{ locale }}
          texts={await adminFormTexts(locale, t('accountForm.create'))}
        />
      </>
    );
  }

  const loaded = await getAccount(id);
  if ('kind' in loaded) {
    if (loaded.kind === 'unauthenticated' || loaded.kind === 'forbidden') return refusedPage(loaded, locale, `/konton/${id}`, 'accounts.title');
    notFound();
  }
  const { account, history } = loaded;
  const methods = [account.signsInWith.password && t('accounts.password'), account.signsInWith.identityProvider && t('accounts.identityProvider')].filter(Boolean).join(', ');
  return (
    <>
      {back}
      <h1>{t('accountForm.editTitle', { name: account.name })}</h1>
      <p>
        {account.email} · {t('accountForm.signsInWith', { methods })}{' '}
        {t('accountForm.lastSignIn', { time: account.lastSignInAt ? formatDateTime(account.lastSignInAt) : t('accounts.never') })}
      </p>
      <EntryForm
        schema="accountChange"
        today=""
        action={changeAccountAction}
        fields={accountChangeFields(t, locale)}
        initial={accountValues(account)}
        hidden={{ locale, id: account.id, version: String(account.version) }}
        texts={await adminFormTexts(locale, t('accountForm.save'))}
      />
      <AccountHistory history={history} locale={locale} />
    </>
  );
}
