import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { accountPath, signInPath } from '@/lib/auth/return-path';
import { getViewer } from '@/lib/data/viewer';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { signOutAction } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, accountPath(locale)));
  const t = await getTranslations({ locale, namespace: 'account' });
  const admin = await getTranslations({ locale, namespace: 'admin' });
  const region = viewer.regionName ? (locale === 'en' ? viewer.regionName.en : viewer.regionName.sv) : null;
  return (
    <>
      <h1>{t('title')}</h1>
      <p data-testid="signed-in-as">{t('signedInAs', { name: viewer.name, email: viewer.email })}</p>
      <p>{viewer.role === 'admin' ? t('roleAdmin') : t('roleEditor', { region: region ?? viewer.regionCode ?? '' })}</p>
      {viewer.role === 'admin' && (
        <ul>
          <li>
            <Link href="/administration/konton">{admin('accountsLink')}</Link>
          </li>
          <li>
            <Link href="/administration/granskning">{admin('reviewLink')}</Link>
          </li>
          <li>
            <Link href="/administration/omgangar">{admin('roundsLink')}</Link>
          </li>
          <li>
            <Link href="/administration/import">{admin('importLink')}</Link>
          </li>
          <li>
            <Link href="/administration/logg">{admin('auditLink')}</Link>
          </li>
        </ul>
      )}
      {viewer.role === 'editor' && (
        <p>
          <Link href="/rapportera">{t('reportingLink', { region: region ?? viewer.regionCode ?? '' })}</Link>
        </p>
      )}
      <p>{t('validUntil', { time: formatDateTime(viewer.sessionEndsAt) })}</p>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="primary-button">
          {t('signOut')}
        </button>
      </form>
      <p className="sub">{t('signOutNote')}</p>
    </>
  );
}
