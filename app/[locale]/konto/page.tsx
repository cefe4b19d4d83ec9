import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { accountPath, signInPath } from '@/lib/auth/return-path';
import { getMailChoices } from '@/lib/data/mail-preferences';
import { getViewer } from '@/lib/data/viewer';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { saveMailChoicesAction } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('title'), robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ epost?: string | string[] }> };

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { epost } = await searchParams;
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
            <Link href="/administration">{admin('homeLink')}</Link>
          </li>
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
      {viewer.role === 'editor' && <MailChoicesForm locale={locale} saved={epost === 'sparad' ? 'saved' : epost === 'fel' ? 'refused' : null} />}
      <p>{t('validUntil', { time: formatDateTime(viewer.sessionEndsAt) })}</p>
      {/* Signing out is in the signed-in frame above, as on every signed-in page. */}
      <p className="sub">{t('signOutNote')}</p>
    </>
  );
}

/** The editor's own e-mail choices: whether to get the follow-up's messages, and in which language. */
async function MailChoicesForm({ locale, saved }: { locale: string; saved: 'saved' | 'refused' | null }) {
  const t = await getTranslations({ locale, namespace: 'account' });
  const choices = await getMailChoices();
  if ('kind' in choices) return null;
  return (
    <section aria-labelledby="epost">
      <h2 id="epost">{t('mailTitle')}</h2>
      <p>{t('mailIntro')}</p>
      {saved && (
        <p role="status" className="notice">
          {saved === 'saved' ? t('mailSaved') : t('mailRefused')}
        </p>
      )}
      <form action={saveMailChoicesAction}>
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="field">
          <legend>{t('mailWanted')}</legend>
          <label>
            <input type="radio" name="mail" value="on" defaultChecked={!choices.optedOut} /> {t('mailOn')}
          </label>
          <label>
            <input type="radio" name="mail" value="off" defaultChecked={choices.optedOut} /> {t('mailOff')}
          </label>
        </fieldset>
        <fieldset className="field">
          <legend>{t('mailLanguage')}</legend>
          <label lang="sv">
            <input type="radio" name="mailLocale" value="sv" defaultChecked={choices.locale === 'sv'} /> Svenska
          </label>
          <label lang="en">
            <input type="radio" name="mailLocale" value="en" defaultChecked={choices.locale === 'en'} /> English
          </label>
        </fieldset>
        <button type="submit" className="primary-button">
          {t('mailSave')}
        </button>
      </form>
    </section>
  );
}
