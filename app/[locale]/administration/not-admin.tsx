import { getTranslations } from 'next-intl/server';

/** What a signed-in editor sees on an administrators' page: the page's title and why there is nothing more. */
export async function NotAdmin({ locale, title }: { locale: string; title: 'accounts.title' | 'audit.title' | 'rounds.title' | 'review.title' | 'import.title' }) {
  const t = await getTranslations({ locale, namespace: 'admin' });
  return (
    <>
      <h1>{t(title)}</h1>
      <p>{t('notAdmin')}</p>
    </>
  );
}
