import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Dashboard } from '@/components/dashboard/dashboard';
import { OtherMeasuresSection } from '@/components/other-measures';
import { ExampleDataBanner } from '@/components/example-data-banner';
import { toClientData } from '@/lib/dashboard/client-data';
import { packDashboardData } from '@/lib/dashboard/packed-data';
import { getDashboardData } from '@/lib/data/dashboard';
import { formatNumber } from '@/lib/i18n/format';

// Rendered on first request (never at build time, when the database is not open) and then served
// from the cache; refreshed at most hourly, and at once when published data changes.
export const revalidate = 60;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const data = await getDashboardData();
  const { guideline } = data;

  return (
    <>
      <h1>{t('title')}</h1>
      {data.containsExampleData && <ExampleDataBanner />}
      <p className="lead">
        {t('intro', {
          date: guideline.publishedOn,
          specialist: formatNumber(guideline.residentsPerSpecialist, locale),
          trainee: formatNumber(guideline.residentsPerTrainee, locale),
        })}{' '}
        <a href={guideline.sourceUrl} rel="noopener noreferrer">
          {t('guidelineSource')}
        </a>
        .
      </p>
      <Dashboard packedData={packDashboardData(toClientData(data))} locale={locale === 'en' ? 'en' : 'sv'} mapPlaceholderSrc={`/api/map/${locale}`} />
      <OtherMeasuresSection measures={data.externalMeasures.filter((m) => m.regionCode === null)} locale={locale === 'en' ? 'en' : 'sv'} collapsed />
    </>
  );
}
