import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { feedPath } from '@/app/api/feed/change-feed';
import { decisionText, missingText } from '@/components/dashboard/decision-text';
import { RankingFigure } from '@/components/dashboard/ranking-figure';
import { RegionSeriesChart } from '@/components/dashboard/region-series-chart';
import { OtherMeasuresSection } from '@/components/other-measures';
import { ExampleDataBanner } from '@/components/example-data-banner';
import { ScrollTable } from '@/components/scroll-table';
import { MarkedText, SwedishText } from '@/components/swedish-text';
import { snapshotRows } from '@/lib/charts/common';
import { getDashboardData } from '@/lib/data/dashboard';
import { getRegionProfile } from '@/lib/data/region-profile';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST, type Measure } from '@/lib/domain/metrics';
import { paceTo } from '@/lib/domain/pace';
import { rankingAsOf } from '@/lib/domain/ranking';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import { decidingBodyParts } from '@/lib/i18n/deciding-body';
import { formatNumber, formatPartialDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';

// Rendered on first request and then served from the cache, like every public page.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const profile = await getRegionProfile(code);
  const region = profile?.data.regions[0];
  if (!region) return {};
  const name = locale === 'en' ? region.nameEn : region.nameSv;
  const t = await getTranslations({ locale, namespace: 'changeLog' });
  return { title: name, alternates: { types: { 'application/atom+xml': [{ url: feedPath(locale, region.code), title: t('feedRegionTitle', { region: name }) }] } } };
}

/** One region: its decisions over time with sources, its staffing over time, and what they add up to. */
export default async function RegionPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const profile = await getRegionProfile(code);
  const region = profile?.data.regions[0];
  if (!profile || !region) notFound();
  const t = await getTranslations({ locale });
  const { data } = profile;
  const name = locale === 'en' ? region.nameEn : region.nameSv;
  const number = (value: number, digits = 0) => formatNumber(value, locale, digits);
  const measure = (m: Measure, digits = 0) => (m.kind === 'value' ? number(m.value, digits) : missingText(m.reason, t));

  const rows = { ...data, staffing: data.reports };
  const now = snapshotAsOf(rows, data.today).regions[0]!;
  const history = data.reports.map((report) => ({ report, snapshot: snapshotAsOf(rows, report.referenceDate).regions[0]! }));
  const pace = paceTo(
    GUIDELINE_RESIDENTS_PER_SPECIALIST,
    history.flatMap(({ report, snapshot }) =>
      snapshot.residentsPerDoctor.kind === 'value' ? [{ date: report.referenceDate, value: snapshot.residentsPerDoctor.value }] : [],
    ),
  );
  const decisions = [...data.decisions].reverse();
  const gap = now.gapTo1100;
  // The comparison and Riket need every region's figures, not only this region's.
  const all = await getDashboardData();
  const ranking = rankingAsOf(snapshotRows(all), all.today);
  // The chart's data: every region's reports and population (for Riket), this region's decisions.
  const chartData = { ...all, decisions: data.decisions, namedContactShares: [], externalMeasures: [] };

  return (
    <>
      <p>
        <Link href="/">← {t('region.backToOverview')}</Link>
      </p>
      <h1>{name}</h1>
      {data.containsExampleData && <ExampleDataBanner />}

      <h2>{t('region.summaryHeading')}</h2>
      <div className="lead" data-testid="region-summary">
        <p>
          {now.decision
            ? t('region.decidedSentence', {
                region: name,
                decision: decisionText(now.decision, t, locale),
                date: formatPartialDate(now.decision.decidedOn, locale, t('dates.by')),
              })
            : t('region.noDecisionSentence', { region: name })}
        </p>
        {now.report ? (
          <p>
            {t('region.staffingSentence', { date: now.report.referenceDate, value: measure(now.residentsPerDoctor) })}{' '}
            {gap.kind === 'value' &&
              (gap.value > 0
                ? t('region.gapSentence', { gap: number(gap.value, 1) })
                : t('region.surplusSentence', { gap: number(-gap.value, 1) }))}{' '}
            {/* The report is measured against the target in force on its own date, never a later one. */}
            {now.reportTarget !== null && now.reportTarget !== 1100 && now.gapToOwnTarget.kind === 'value' && now.gapToOwnTarget.value > 0
              ? t('region.ownGapSentence', { target: number(now.reportTarget), gap: number(now.gapToOwnTarget.value, 1) })
              : null}
          </p>
        ) : (
          <p>{t('region.notReportedSentence')}</p>
        )}
        {now.report && (
          <p>
            {pace.kind === 'reached'
              ? t('region.pace.reached', { year: pace.year, perYear: number(-pace.perYear) })
              : pace.kind === 'too_little_data'
                ? t('region.pace.too_little_data', { count: pace.reports })
                : t(`region.pace.${pace.kind}`)}
          </p>
        )}
      </div>

      <h2>{t('comparison.regionChartHeading')}</h2>
      {data.reports.length === 0 ? (
        <p data-testid="region-chart-none">{t('comparison.regionChartNone', { region: name })}</p>
      ) : (
        <RegionSeriesChart data={chartData} code={code} locale={locale === 'en' ? 'en' : 'sv'} />
      )}

      <h2>{t('region.historyHeading')}</h2>
      {decisions.length === 0 ? (
        <p>{t('region.noDecisions')}</p>
      ) : (
        <ol className="timeline">
          {decisions.map((decision) => (
            <li key={decision.id}>
              <p className="timeline-date">{formatPartialDate(decision.decidedOn, locale, t('dates.by'))}</p>
              <p className="timeline-what">{decisionText(decision, t, locale)}</p>
              {decision.targetYear !== null && <p>{t('region.targetYear', { year: decision.targetYear })}</p>}
              {decision.decidingBody && (
                <p>
                  {t('region.decidingBody')} <MarkedText parts={decidingBodyParts(decision.decidingBody, locale)} />
                </p>
              )}
              {decision.reference && <p>{t('region.reference', { reference: decision.reference })}</p>}
              {locale === 'en' && decision.noteEn ? (
                <p>{decision.noteEn}</p>
              ) : (
                decision.note && (
                  <p>
                    {locale === 'en' && <>{t('region.noteInSwedish')} </>}
                    <SwedishText text={decision.note} locale={locale} />
                  </p>
                )
              )}
              <p className="source">
                {decision.sourceTitle && <>{t('region.sourceLabel')} </>}
                {decision.sourceUrl ? (
                  <a href={decision.sourceUrl} rel="noopener noreferrer">
                    {decision.sourceTitle ? <SwedishText text={decision.sourceTitle} locale={locale} /> : decision.sourceUrl}
                  </a>
                ) : decision.sourceTitle ? (
                  <SwedishText text={decision.sourceTitle} locale={locale} />
                ) : (
                  t('table.noSource')
                )}{' '}
                <span className="source-status">({t(`sourceStatus.${decision.sourceStatus}`)})</span>
              </p>
            </li>
          ))}
        </ol>
      )}

      <h2>{t('region.staffingHeading')}</h2>
      {history.length === 0 ? (
        <p>{t('region.noReports')}</p>
      ) : (
        <ScrollTable captionId="staffing-caption" caption={t('region.staffingCaption', { region: name })}>
          <thead>
            <tr>
              <th scope="col">{t('region.referenceDate')}</th>
              <th scope="col" className="numeric">{t('region.specialistsFte')}</th>
              <th scope="col" className="numeric">{t('region.traineesFte')}</th>
              <th scope="col" className="numeric">{t('region.capacity')}</th>
              <th scope="col" className="numeric">{t('region.populationUsed')}</th>
              <th scope="col" className="numeric">{t('table.residentsPerDoctor')}</th>
              <th scope="col" className="numeric">{t('region.gapTo1100')}</th>
              <th scope="col" className="numeric">{t('region.gapToOwnTarget')}</th>
              <th scope="col" className="numeric">{t('region.shareWithNamedContact')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map(({ report, snapshot }) => (
              <tr key={report.referenceDate}>
                <th scope="row">
                  <span className="nowrap">{report.referenceDate}</span>
                  {report.isExample && <span className="example-badge">{t('exampleData.badge')}</span>}
                </th>
                <td className="numeric">{number(report.specialistsFte, 1)}</td>
                <td className="numeric">{number(report.traineesFte, 1)}</td>
                <td className="numeric">{measure(snapshot.capacity, 1)}</td>
                <td className="numeric">
                  {snapshot.reportPopulation ? (
                    <>
                      {number(snapshot.reportPopulation.residents)}
                      <span className="sub">{snapshot.reportPopulation.year}</span>
                    </>
                  ) : (
                    <span className="missing">{t('missing.population')}</span>
                  )}
                </td>
                <td className="numeric">{measure(snapshot.residentsPerDoctor)}</td>
                <td className="numeric">{measure(snapshot.gapTo1100, 1)}</td>
                <td className="numeric">{measure(snapshot.gapToOwnTarget, 1)}</td>
                <td className="numeric">
                  {snapshot.shareWithNamedContact.referenceDate === report.referenceDate && snapshot.shareWithNamedContact.measure.kind === 'value'
                    ? t('tableView.percent', { value: number(snapshot.shareWithNamedContact.measure.value * 100) })
                    : missingText(
                        snapshot.shareWithNamedContact.referenceDate === report.referenceDate && snapshot.shareWithNamedContact.measure.kind === 'missing'
                          ? snapshot.shareWithNamedContact.measure.reason
                          : 'not_reported',
                        t,
                      )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h2>{t('comparison.regionHeading')}</h2>
      <RankingFigure
        ranking={ranking}
        regions={all.regions}
        locale={locale === 'en' ? 'en' : 'sv'}
        today={all.today}
        containsExampleData={all.containsExampleData}
        highlight={code}
      />

      <h2>{t('region.shareHeading')}</h2>
      {data.namedContactShares.length === 0 ? (
        <p>{t('region.shareNone')}</p>
      ) : (
        <ul data-testid="region-shares">
          {data.namedContactShares.map((fact) => (
            <li key={fact.referenceDate}>
              {fact.sharePercent === null
                ? t('region.shareNotReported', { date: fact.referenceDate })
                : t('region.shareValue', { date: fact.referenceDate, share: t('tableView.percent', { value: number(fact.sharePercent) }) })}{' '}
              {t('region.sourceLabel')}{' '}
              <a href={fact.sourceUrl} rel="noopener noreferrer">
                <SwedishText text={fact.sourceTitle} locale={locale} />
              </a>{' '}
              <span className="source-status">({t(`sourceStatus.${fact.sourceStatus}`)})</span>
            </li>
          ))}
        </ul>
      )}

      <OtherMeasuresSection measures={data.externalMeasures} locale={locale === 'en' ? 'en' : 'sv'} />

      <p>
        <a href={feedPath(locale, region.code)} type="application/atom+xml">
          {t('changeLog.feedRegionLink', { region: name })}
        </a>
      </p>
    </>
  );
}
