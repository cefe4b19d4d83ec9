import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="site-footer">
      <p>{t('layout.footer')}</p>
      <p>
        <Link href="/ordlista">{t('glossary.footerLink')}</Link>
      </p>
      <p>
        <Link href="/tillganglighet">{t('accessibility.footerLink')}</Link>
      </p>
      <p>
        <Link href="/rapport">{t('roundReport.footerLink')}</Link>
      </p>
      <p>
        <Link href="/konto">{t('auth.footerLink')}</Link>
      </p>
    </footer>
  );
}
