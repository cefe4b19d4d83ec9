import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ScrollTable } from '@/components/scroll-table';
import { listAccounts } from '@/lib/data/account-admin';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { adminMetadata, refusedPage } from '../page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('accounts.title');

const DONE = ['created', 'saved'] as const;

export default async function AccountsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const accounts = await listAccounts();
  if (!Array.isArray(accounts)) return refusedPage(accounts, locale, '/konton', 'accounts.title');
  const t = await getTranslations({ locale, namespace: 'admin' });
  const query = await searchParams;
  const done = DONE.find((key) => key === query.done);
  const columns = ['name', 'email', 'role', 'region', 'status', 'signsInWith', 'lastSignIn'] as const;
  return (
    <>
      <h1>{t('accounts.title')}</h1>
      {done && (
        <p className="notice" role="status">
          {t(`accounts.done.${done}`)}
        </p>
      )}
      <p>{t('accounts.intro')}</p>
      <p>
        <Link href="/administration/konton/ny">{t('accounts.newAccount')}</Link> · <Link href="/administration/logg">{t('auditLink')}</Link>
      </p>
      <ScrollTable captionId="accounts-caption" caption={t('accounts.caption')}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`accounts.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} data-active={account.active}>
              <th scope="row">
                <Link href={`/administration/konton/${account.id}`}>{account.name}</Link>
              </th>
              <td>{account.email}</td>
              <td>{t(`accounts.roles.${account.role}`)}</td>
              <td>{account.regionName ? (locale === 'en' ? account.regionName.en : account.regionName.sv) : t('accounts.noRegion')}</td>
              <td>{account.active ? t('accounts.active') : t('accounts.inactive')}</td>
              <td>
                {[account.signsInWith.password && t('accounts.password'), account.signsInWith.identityProvider && t('accounts.identityProvider')]
                  .filter(Boolean)
                  .join(', ')}
              </td>
              <td className="nowrap">{account.lastSignInAt ? formatDateTime(account.lastSignInAt) : t('accounts.never')}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
