import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { feedPath } from '@/app/api/feed/change-feed';
import { describeChange } from '@/components/change-log/describe-change';
import { listChangeLog, type ChangeLogEntry } from '@/lib/data/change-log';
import { formatDateTime } from '@/lib/i18n/format';

// Cached like the other public pages; publishing refreshes it at once (on-demand revalidation).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'changeLog' });
  return { title: t('title'), alternates: { types: { 'application/atom+xml': [{ url: feedPath(locale), title: t('feedTitle') }] } } };
}

export default async function ChangeLogPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'changeLog' });
  const common = await getTranslations({ locale });
  const entries = await listChangeLog();

  const describe = (item: ChangeLogEntry['items'][number]) => describeChange(item, locale, t, common);

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <a href={feedPath(locale)} type="application/atom+xml">
          {t('feedLink')}
        </a>
      </p>
      {entries.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ol className="change-log" data-testid="change-log">
          {entries.map((entry) => (
            <li key={entry.id} id={`publicering-${entry.id}`}>
              <h2>{t('publishedAt', { time: formatDateTime(entry.publishedAt) })}</h2>
              <ul>
                {entry.items.map((item, index) => (
                  <li key={index}>{describe(item)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
