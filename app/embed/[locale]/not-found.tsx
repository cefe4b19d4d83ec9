import { getLocale, getTranslations } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';

/** An unknown view: said in the frame, with a way to the dashboard (in a new tab: the frame may not show it). */
export default async function EmbedNotFound() {
  const t = await getTranslations('embed');
  const locale = await getLocale();
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <a href={locale === routing.defaultLocale ? '/' : `/${locale}`} target="_blank" rel="noopener">
          {t('notFoundHome')} <span className="visually-hidden">{t('newTab')}</span>
        </a>
      </p>
    </>
  );
}
