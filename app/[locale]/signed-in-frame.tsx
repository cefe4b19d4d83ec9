import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/data/viewer';
import { Link } from '@/lib/i18n/navigation';
import { signOutAction } from './konto/actions';

/**
 * Who is signed in, with role and region, and the way to each part of their work: shown at the top of
 * every signed-in page (reporting, administration, account). Public pages never carry it: they are
 * cached and shared by everyone, so they hold nothing about who asks.
 */
async function SignedInFrame({ locale }: { locale: string }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const t = await getTranslations({ locale, namespace: 'frame' });
  const region = viewer.regionName ? (locale === 'en' ? viewer.regionName.en : viewer.regionName.sv) : (viewer.regionCode ?? '');
  return (
    <nav className="signed-in-frame" aria-label={t('label')} data-testid="signed-in-frame">
      <p>
        {t('signedInAs', { name: viewer.name })} <span className="sub">{viewer.role === 'admin' ? t('admin') : t('editor', { region })}</span>
      </p>
      <ul>
        {viewer.role === 'editor' && (
          <li>
            <Link href="/rapportera">{t('report')}</Link>
          </li>
        )}
        {viewer.role === 'admin' && (
          <li>
            <Link href="/administration">{t('administration')}</Link>
          </li>
        )}
        <li>
          <Link href="/konto">{t('account')}</Link>
        </li>
        <li>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="link-button">
              {t('signOut')}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}

/** The layout of the signed-in sections (reporting, administration, account): the frame, then the page. */
export async function SignedInLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return (
    <>
      <SignedInFrame locale={locale} />
      {children}
    </>
  );
}
