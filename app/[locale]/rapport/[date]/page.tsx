import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ExampleDataBanner } from '@/components/example-data-banner';
import { NoBreakDates } from '@/components/no-break-dates';
import { ReportMethod } from '@/components/round-report/method';
import { NationalSummary } from '@/components/round-report/national-summary';
import { PrintButton } from '@/components/round-report/print-button';
import { DecisionsTable, FiguresTable, RankingTable } from '@/components/round-report/report-tables';
import { SwedishText } from '@/components/swedish-text';
import { snapshotRows } from '@/lib/charts/common';
import type { ChartLabels } from '@/lib/charts/labels';
import { buildMapOption } from '@/lib/charts/map-option';
import { buildRankingOption, rankingChartHeight, rankingRows, type ComparisonChartLabels } from '@/lib/charts/ranking-option';
import { renderOptionToSvg } from '@/lib/charts/render-svg';
import { getRoundReport } from '@/lib/data/round-report';
import { env } from '@/lib/env';
import { nationalIsExample, nationalShareAt, nationalStaffingAt } from '@/lib/domain/national';
import { rankingAsOf } from '@/lib/domain/ranking';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import { Link } from '@/lib/i18n/navigation';

// Rendered on first request and then served from the cache, like every public page: it reads only
// published data and the public reporting states, and carries nothing about who asks.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, date } = await params;
  const report = await getRoundReport(date);
  if (!report) return {};
  const t = await getTranslations({ locale, namespace: 'roundReport' });
  return { title: t('metaTitle', { name: report.round.name }) };
}

/** An SVG picture as an image address: the picture's own texts stay out of the page, its alt says it. */
const svgAddress = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * The national report of a closed round: what Socialstyrelsen hands to the government. Made to be
 * printed (the browser makes the PDF): the charts are drawn on the server, every figure also stands in
 * a table, and each major section starts a new page on paper.
 */
export default async function RoundReportPage({ params }: Props) {
  const { locale, date } = await params;
  setRequestLocale(locale);
  const report = await getRoundReport(date);
  if (!report) notFound();
  const { round, data, standings } = report;
  const t = await getTranslations({ locale });
  const messages = await getMessages({ locale });
  const labels = messages.charts as unknown as ChartLabels;
  const chartText = (messages.comparison as unknown as { chart: ComparisonChartLabels }).chart;

  const ref = round.referenceDate;
  const rows = snapshotRows(data);
  const snapshot = snapshotAsOf(rows, ref);
  const ranking = rankingAsOf(rows, ref);
  const nationalStaffing = nationalStaffingAt(rows, ref);
  const nationalShare = nationalShareAt(rows, ref);
  const exampleNational = nationalIsExample(rows.staffing, nationalStaffing, nationalShare);
  const figures = ranking.ranked.length > 0;

  const map = renderOptionToSvg(buildMapOption({ data, asOf: ref, measure: figures ? 'residentsPerDoctor' : 'decision', labels, locale }), { width: 720, height: 900 });
  const rankingInput = { ranking, regions: data.regions, labels, text: chartText, locale };
  const rankingSvg = renderOptionToSvg(buildRankingOption(rankingInput), { width: 760, height: rankingChartHeight(rankingInput) });
  const openData = `${env.SITE_URL}/api/v1/measures?asOf=${ref}`;

  return (
    <article className="round-report" data-testid="round-report">
      <p className="no-print">
        <Link href="/rapport">← {t('roundReport.backToList')}</Link>
      </p>
      <p className="sub-inline print-only">{t('layout.siteName')}</p>
      <h1>{t.rich('roundReport.title', { name: () => <SwedishText text={round.name} locale={locale} /> })}</h1>
      <PrintButton label={t('roundReport.print')} />
      <dl className="report-facts" aria-label={t('roundReport.facts.label')}>
        <div>
          <dt>{t('roundReport.facts.round')}</dt>
          <dd>
            <SwedishText text={round.name} locale={locale} />
          </dd>
        </div>
        <div>
          <dt>{t('roundReport.facts.referenceDate')}</dt>
          <dd className="nowrap">{ref}</dd>
        </div>
        <div>
          <dt>{t('roundReport.facts.period')}</dt>
          <dd className="nowrap">
            {round.opensOn}–{round.closesOn}
          </dd>
        </div>
        <div>
          <dt>{t('roundReport.facts.takenOn')}</dt>
          <dd className="nowrap" data-testid="report-taken-on">
            {data.today}
          </dd>
        </div>
        <div>
          <dt>{t('roundReport.facts.lastChanged')}</dt>
          <dd className="nowrap">{data.lastUpdated.slice(0, 10)}</dd>
        </div>
      </dl>
      <p>
        <NoBreakDates text={t('roundReport.scope', { referenceDate: ref })} />
      </p>
      {data.containsExampleData && <ExampleDataBanner />}

      <section aria-labelledby="report-national-heading">
        <h2 id="report-national-heading">{t('roundReport.nationalHeading')}</h2>
        <NationalSummary
          staffing={nationalStaffing}
          share={nationalShare}
          isExample={exampleNational}
          timings={standings.map((s) => s.timing)}
          closesOn={round.closesOn}
          locale={locale}
        />
      </section>

      <section aria-labelledby="report-map-heading" className="print-break">
        <h2 id="report-map-heading">{t('roundReport.mapHeading')}</h2>
        <figure className="report-figure report-map">
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline picture drawn on the server, nothing to optimise */}
          <img src={svgAddress(map)} alt={t(figures ? 'roundReport.mapAlt' : 'roundReport.mapAltDecisions', { date: ref })} />
          <figcaption>
            {t.rich('roundReport.mapText', {
              figures: (chunks) => <a href="#report-figures-heading">{chunks}</a>,
              decisions: (chunks) => <a href="#report-decisions-heading">{chunks}</a>,
            })}
          </figcaption>
        </figure>
      </section>

      <section aria-labelledby="report-ranking-heading" className="print-break">
        <h2 id="report-ranking-heading">{t('roundReport.rankingHeading')}</h2>
        <p>
          <NoBreakDates text={t('roundReport.rankingIntro', { date: ref })} />
        </p>
        <figure className="report-figure">
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline picture drawn on the server, nothing to optimise */}
          <img src={svgAddress(rankingSvg)} alt={t('roundReport.rankingAlt', { date: ref })} />
        </figure>
        <RankingTable rows={rankingRows(ranking, data.regions, locale)} date={ref} labels={labels} locale={locale} />
      </section>

      <section aria-labelledby="report-figures-heading" className="print-break">
        <h2 id="report-figures-heading">{t('roundReport.figuresHeading')}</h2>
        <FiguresTable regions={snapshot.regions} national={nationalStaffing} nationalIsExample={exampleNational} date={ref} locale={locale} />
      </section>

      <section aria-labelledby="report-decisions-heading" className="print-break">
        <h2 id="report-decisions-heading">{t('roundReport.decisionsHeading')}</h2>
        <DecisionsTable regions={snapshot.regions} standings={standings} date={ref} locale={locale} />
      </section>

      <section aria-labelledby="report-method-heading" className="print-break">
        <h2 id="report-method-heading">{t('roundReport.methodHeading')}</h2>
        <ReportMethod guideline={data.guideline} openDataAddress={openData} takenOn={data.today} locale={locale} />
      </section>
    </article>
  );
}
