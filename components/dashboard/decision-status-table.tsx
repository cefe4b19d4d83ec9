'use client';

import { useTranslations } from 'next-intl';
import { ScrollTable } from '@/components/scroll-table';
import { NoBreakDates } from '@/components/no-break-dates';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import { formatNumber, formatPartialDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { decisionText, missingText } from './decision-text';
import { NationalText } from './national-text';

/**
 * Every region's decision in force and residents per fast läkarkontakt on the chosen day: the map's
 * text alternative, and the plainest view of the record. `linkTarget` "_blank" opens the region pages
 * in a new tab (from an embed, whose frame may not show them).
 */
export function DecisionStatusTable({
  data,
  asOf,
  locale,
  linkTarget,
}: {
  data: DashboardData;
  asOf: string;
  locale: 'sv' | 'en';
  linkTarget?: '_blank';
}) {
  const t = useTranslations();
  const { regions, national } = snapshotAsOf({ ...data, staffing: data.reports }, asOf);
  return (
    <ScrollTable captionId="status-caption" caption={t('dashboard.statusCaption', { date: asOf })}>
      <thead>
        <tr>
          <th scope="col">{t('table.region')}</th>
          <th scope="col" className="numeric">
            {t('table.population')}
          </th>
          <th scope="col">{t('table.decision')}</th>
          <th scope="col">{t('table.decidedOn')}</th>
          <th scope="col">{t('table.source')}</th>
          <th scope="col" className="numeric">
            {t('table.residentsPerDoctor')}
          </th>
        </tr>
      </thead>
      <tbody>
        {regions.map((s) => {
          const name = locale === 'en' ? s.region.nameEn : s.region.nameSv;
          const { decision, latestPopulation: population, report, reportPopulation } = s;
          return (
            <tr key={s.region.code} data-region={s.region.code}>
              <th scope="row">
                <Link href={`/region/${s.region.code}`} target={linkTarget}>
                  {name}
                </Link>
              </th>
              <td className="numeric">
                {population ? (
                  <>
                    {formatNumber(population.residents, locale)}
                    <span className="sub">{t('table.populationYear', { year: population.year })}</span>
                  </>
                ) : (
                  <span className="missing">{t('missing.population')}</span>
                )}
              </td>
              <td>{decision ? decisionText(decision, t, locale) : <span className="missing">{t('table.noDecision')}</span>}</td>
              <td>{decision ? formatPartialDate(decision.decidedOn, locale, t('dates.by')) : <span className="missing">–</span>}</td>
              <td className="source">
                {decision && (decision.sourceTitle ?? decision.sourceUrl) ? (
                  <>
                    {/* Sources' titles are quoted in Swedish: marked so on the English page. */}
                    {decision.sourceUrl ? (
                      <a
                        href={decision.sourceUrl}
                        rel="noopener noreferrer"
                        target={linkTarget}
                        lang={decision.sourceTitle && locale === 'en' ? 'sv' : undefined}
                      >
                        {decision.sourceTitle ? <NoBreakDates text={decision.sourceTitle} /> : decision.sourceUrl}
                      </a>
                    ) : (
                      decision.sourceTitle && (
                        <span lang={locale === 'en' ? 'sv' : undefined}>
                          <NoBreakDates text={decision.sourceTitle} />
                        </span>
                      )
                    )}{' '}
                    <span className="source-status">({t(`sourceStatus.${decision.sourceStatus}`)})</span>
                  </>
                ) : (
                  <span className="missing">{decision ? t('table.noSource') : '–'}</span>
                )}
              </td>
              <td className="numeric">
                {report ? (
                  <>
                    {s.residentsPerDoctor.kind === 'value' ? (
                      formatNumber(s.residentsPerDoctor.value, locale)
                    ) : (
                      <span className="missing">{missingText(s.residentsPerDoctor.reason, t)}</span>
                    )}
                    <span className="sub">
                      {reportPopulation
                        ? t('table.reportedOnWithPopulation', { date: report.referenceDate, year: reportPopulation.year })
                        : t('table.reportedOn', { date: report.referenceDate })}
                    </span>
                    {report.isExample && <span className="example-badge">{t('exampleData.badge')}</span>}
                  </>
                ) : (
                  <span className="missing">{t('missing.not_reported')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('dashboard.riket')}</th>
          <td colSpan={5} data-testid="national-figure">
            <NationalText standing={national.staffing} locale={locale} />
          </td>
        </tr>
      </tfoot>
    </ScrollTable>
  );
}
