import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExampleDataBanner } from '@/components/example-data-banner';
import { RegionOverviewTable } from '@/components/region-overview-table';
import { getPublicOverview } from '@/lib/data/public-overview';
import { formatNumber, todayInSweden } from '@/lib/i18n/format';

// Rendered on first request (never at build time, when the database is not open) and then served
// from the cache; refreshed at most hourly, and at once when published data changes.
export const revalidate = 3600;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const asOf = todayInSweden();
  const overview = await getPublicOverview(asOf);
  const { guideline, national } = overview;

  return (
    <>
      <h1>{t('title')}</h1>
      {overview.containsExampleData && <ExampleDataBanner />}
      {guideline && (
        <p className="lead">
          {t('intro', {
            date: guideline.publishedOn,
            specialist: formatNumber(guideline.residentsPerSpecialist, locale),
            trainee: formatNumber(guideline.residentsPerTrainee, locale),
            asOf,
          })}{' '}
          <a href={guideline.sourceUrl} rel="noopener noreferrer">
            {t('guidelineSource')}
          </a>
          .
        </p>
      )}
      <p data-testid="national-figure">
        {national.residentsPerDoctor.kind === 'value'
          ? t('national', {
              value: formatNumber(national.residentsPerDoctor.value, locale),
              count: national.includedRegions.length,
            })
          : t('nationalMissing')}
      </p>
      <RegionOverviewTable overview={overview} locale={locale} />
    </>
  );
}
