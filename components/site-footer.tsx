import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('layout');
  return (
    <footer className="site-footer">
      <p>{t('footer')}</p>
    </footer>
  );
}
