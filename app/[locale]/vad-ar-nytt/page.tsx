import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { decisionText } from '@/components/dashboard/decision-text';
import { listChangeLog, type ChangeLogEntry } from '@/lib/data/change-log';
import type { DecisionKind } from '@/lib/domain/decisions';
import type { DatePrecision } from '@/lib/domain/partial-date';
import { formatDateTime, formatNumber, formatPartialDate } from '@/lib/i18n/format';

// Cached like the other public pages; publishing refreshes it at once (on-demand revalidation).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'changeLog' });
  return { title: t('title') };
}

type Item = ChangeLogEntry['items'][number];

export default async function ChangeLogPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'changeLog' });
  const common = await getTranslations({ locale });
  const entries = await listChangeLog();

  const describe = (item: Item) => {
    const region = locale === 'en' ? item.regionName.en : item.regionName.sv;
    const d = item.details;
    const text =
      item.entity === 'staffing_report'
        ? t('staffing', { region, date: String(d.referenceDate), specialists: formatNumber(Number(d.specialistsFte), locale, 2), trainees: formatNumber(Number(d.traineesFte), locale, 2) })
        : t('decision', {
            region,
            date: formatPartialDate({ date: String(d.decidedOn), precision: d.decidedOnPrecision as DatePrecision, isUpperBound: false }, locale, common('dates.by')),
            text: decisionText(
              { kind: d.kind as DecisionKind, targetFigure: (d.targetFigure as number | null) ?? null, targetType: (d.targetType as 'interim' | 'final' | null) ?? null },
              common,
              locale,
            ),
          });
    return `${text} (${t(item.change)})`;
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {entries.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ol className="change-log" data-testid="change-log">
          {entries.map((entry) => (
            <li key={entry.publishedAt}>
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
