import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitch } from './language-switch';

export async function SiteHeader() {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        {t('layout.siteName')}
      </Link>
      <nav aria-label={t('nav.label')} className="site-nav">
        <ul>
          <li>
            <Link href="/">{t('nav.home')}</Link>
          </li>
          <li>
            <Link href="/vad-ar-nytt">{t('nav.changeLog')}</Link>
          </li>
          <li>
            <Link href="/rapporteringslage">{t('nav.statusBoard')}</Link>
          </li>
          <li>
            <Link href="/oppna-data">{t('nav.openData')}</Link>
          </li>
          <li>
            <LanguageSwitch
              targetLocale={locale === 'en' ? 'sv' : 'en'}
              label={t('layout.languageSwitch')}
              description={t('layout.languageSwitchLabel')}
            />
          </li>
        </ul>
      </nav>
    </header>
  );
}
