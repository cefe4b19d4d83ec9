import { getTranslations } from 'next-intl/server';
import { NoBreakDates } from '@/components/no-break-dates';
import { COVERAGE_THRESHOLD } from '@/lib/domain/national';
import { formatShare } from '@/lib/i18n/format';

/**
 * How the report's figures are made and where they come from. Links print with their address
 * (`print-address`), so the paper copy still names its sources.
 */
export async function ReportMethod({
  guideline,
  openDataAddress,
  takenOn,
  locale,
}: {
  guideline: { publishedOn: string; sourceUrl: string; sourceTitle: string };
  openDataAddress: string;
  takenOn: string;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'roundReport' });
  const threshold = formatShare(COVERAGE_THRESHOLD, locale);
  return (
    <>
      <p>
        {t.rich('methodGuideline', {
          date: guideline.publishedOn,
          title: guideline.sourceTitle || guideline.sourceUrl,
          link: (chunks) =>
            guideline.sourceUrl ? (
              <a href={guideline.sourceUrl} className="print-address" rel="noopener noreferrer">
                {chunks}
              </a>
            ) : (
              chunks
            ),
        })}
      </p>
      <p>{t('methodCapacity')}</p>
      <p>{t('methodRatio')}</p>
      <p>{t('methodPopulation')}</p>
      <p>{t('methodNational', { threshold })}</p>
      <p>{t('methodDecisions')}</p>
      <p>{t('methodLateness')}</p>
      <p>
        {t.rich('methodOpenData', {
          address: openDataAddress,
          link: (chunks) => (
            <a href={openDataAddress} className="print-address">
              {chunks}
            </a>
          ),
        })}
      </p>
      <p>
        <NoBreakDates text={t('methodLicence', { date: takenOn })} />
      </p>
    </>
  );
}
