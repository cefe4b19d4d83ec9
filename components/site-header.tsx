import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitch } from './language-switch';

export async function SiteHeader() {
  const t = await getTranslations('layout');
  const locale = await getLocale();
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        {t('siteName')}
      </Link>
      <LanguageSwitch targetLocale={locale === 'en' ? 'sv' : 'en'} label={t('languageSwitch')} description={t('languageSwitchLabel')} />
    </header>
  );
}
