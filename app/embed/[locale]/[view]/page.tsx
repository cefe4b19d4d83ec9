import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { ExampleDataBanner } from '@/components/example-data-banner';
import { toClientData } from '@/lib/dashboard/client-data';
import { isEmbedView } from '@/lib/dashboard/embed';
import { packDashboardData } from '@/lib/dashboard/packed-data';
import { getDashboardData } from '@/lib/data/dashboard';
import { formatNumber } from '@/lib/i18n/format';
import { routing } from '@/lib/i18n/routing';

// Served from the cache like the dashboard: rendered on first request, refreshed at most hourly and at
// once when published data change. The view's state is read from the address in the browser.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, view } = await params;
  if (!hasLocale(routing.locales, locale) || !isEmbedView(view)) return {};
  const t = await getTranslations({ locale });
  // The dashboard is the page to find; the embed is a copy of one of its views.
  return { title: t('embed.metaTitle', { view: t(`dashboard.views.${view}`) }), robots: { index: false } };
}

export default async function EmbedPage({ params }: Props) {
  const { locale, view } = await params;
  if (!hasLocale(routing.locales, locale) || !isEmbedView(view)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'embed' });
  const data = await getDashboardData();
  const { guideline } = data;

  return (
    <EmbedFrame
      packedData={packDashboardData(toClientData(data))}
      view={view}
      locale={locale}
      mapPlaceholderSrc={`/api/map/${locale}`}
      exampleNotice={data.containsExampleData ? <ExampleDataBanner /> : null}
      source={
        <>
          <p>{t('source')}</p>
          <p>
            {t.rich('guideline', {
              figure: formatNumber(guideline.residentsPerSpecialist, locale),
              date: guideline.publishedOn,
              link: (chunks) =>
                guideline.sourceUrl ? (
                  <a href={guideline.sourceUrl} target="_blank" rel="noopener noreferrer">
                    {chunks}
                  </a>
                ) : (
                  chunks
                ),
            })}
          </p>
        </>
      }
    />
  );
}
