'use client';

import { useMessages, useTranslations } from 'next-intl';
import { useMemo, useRef, type ReactNode } from 'react';
import { EChart, type EChartHandle } from '@/components/charts/echart';
import { downloadFileName } from '@/lib/dashboard/file-names';
import { ScrollTable } from '@/components/scroll-table';
import type { ChartLabels } from '@/lib/charts/labels';
import { buildRankingOption, rankingChartHeight, rankingRows, type ComparisonChartLabels, type RankingRow } from '@/lib/charts/ranking-option';
import { comparisonCells, comparisonNational } from '@/lib/dashboard/comparison-cells';
import type { Translate } from '@/lib/dashboard/table-cells';
import type { DashboardDecision, DashboardRegion } from '@/lib/domain/dashboard-data';
import { standingOf, type Ranking } from '@/lib/domain/ranking';
import { formatNumber } from '@/lib/i18n/format';
import styles from './comparison.module.css';
import { DataDownloads, ImageDownloads } from './downloads';
import { EmbeddedDetails } from './embedded-details';
import { NationalText } from './national-text';

/**
 * The ranked comparison against 1 100 on one day: the chart, what it means in words, downloads, and
 * the same rows as a table beneath (lib/charts/ranking-option `rankingRows`, so the order is the
 * chart's). With `highlight`, one region is drawn apart and its standing said in a sentence.
 */
export function RankingFigure({
  ranking,
  regions,
  locale,
  today,
  containsExampleData,
  highlight = null,
  share = null,
  embedded = false,
}: {
  ranking: Ranking<DashboardDecision>;
  regions: readonly DashboardRegion[];
  locale: 'sv' | 'en';
  today: string;
  containsExampleData: boolean;
  highlight?: string | null;
  /** The share section, shown after the downloads (the dashboard's view has one). */
  share?: ReactNode;
  /** In an embed: no downloads, and the table folded under one button so the chart comes first. */
  embedded?: boolean;
}) {
  const t = useTranslations() as unknown as Translate;
  const messages = useMessages();
  const labels = messages.charts as unknown as ChartLabels;
  const text = (messages.comparison as unknown as { chart: ComparisonChartLabels }).chart;
  const input = useMemo(() => ({ ranking, regions, labels, text, locale, highlight }), [ranking, regions, labels, text, locale, highlight]);
  const option = useMemo(() => buildRankingOption(input), [input]);
  const height = useMemo(() => rankingChartHeight(input), [input]);
  const rows = useMemo(() => rankingRows(ranking, regions, locale), [ranking, regions, locale]);
  const chart = useRef<EChartHandle>(null);
  const figures = ranking.ranked.length > 0;
  const date = ranking.asOf;
  const title = t(figures ? 'comparison.chartLabel' : 'comparison.targetsChartLabel', { date });
  const national = comparisonNational(ranking, t, labels, locale);
  const table = (
    <ComparisonTable
      rows={rows}
      figures={figures}
      highlight={highlight}
      national={national}
      title={t(figures ? 'comparison.tableCaption' : 'comparison.targetsTableCaption', { date })}
      t={t}
      labels={labels}
      locale={locale}
    />
  );

  return (
    <>
      {figures ? (
        <p className={styles.key}>{t('comparison.intro')}</p>
      ) : (
        <p className="notice" data-testid="comparison-no-figures">
          {t('comparison.noFigures')}
        </p>
      )}
      {highlight && <Standing ranking={ranking} rows={rows} code={highlight} locale={locale} t={t} labels={labels} />}
      <EChart ref={chart} option={option} ariaLabel={title} height={height} />
      {figures && <p className={styles.key}>{t('comparison.changeKey')}</p>}
      {figures && (
        <p data-testid="comparison-national">
          <NationalText standing={ranking.national} locale={locale} />
        </p>
      )}
      {!embedded && (
        <>
          <ImageDownloads
            chart={chart}
            title={title}
            date={date}
            today={today}
            containsExampleData={containsExampleData}
            fileName={downloadFileName(locale, 'comparison', date)}
          />
          <DataDownloads query={{ lang: locale, view: 'comparison', date }} />
        </>
      )}
      {share}
      {embedded ? <EmbeddedDetails>{table}</EmbeddedDetails> : table}
    </>
  );
}

function Standing({
  ranking,
  rows,
  code,
  locale,
  t,
  labels,
}: {
  ranking: Ranking<DashboardDecision>;
  rows: RankingRow[];
  code: string;
  locale: 'sv' | 'en';
  t: Translate;
  labels: ChartLabels;
}) {
  const standing = standingOf(ranking, code);
  const row = rows.find((r) => r.kind !== 'group' && r.region.code === code);
  if (!standing || !row || row.kind === 'group') return null;
  const cells = comparisonCells(row, t, labels, locale);
  let sentence: string;
  if (standing.kind === 'ranked') {
    sentence = t('comparison.standing', {
      region: row.name,
      rank: standing.region.rank,
      count: standing.of,
      value: formatNumber(standing.region.residentsPerDoctor, locale),
      date: standing.region.referenceDate,
    });
    if (standing.region.previous) sentence += ` ${t('comparison.standingChange', { change: cells.changeText })}`;
  } else if (ranking.ranked.length === 0) {
    sentence = t('comparison.standingTargets', { region: row.name, decision: cells.decisionText });
  } else {
    sentence = t('comparison.standingUnranked', { region: row.name, reason: labels.missing[standing.region.reason], state: cells.stateText });
  }
  return (
    <p className={styles.standing} data-testid="comparison-standing">
      {sentence}
    </p>
  );
}

function ComparisonTable({
  rows,
  figures,
  highlight,
  national,
  title,
  t,
  labels,
  locale,
}: {
  rows: RankingRow[];
  figures: boolean;
  highlight: string | null;
  national: ReturnType<typeof comparisonNational>;
  title: string;
  t: Translate;
  labels: ChartLabels;
  locale: 'sv' | 'en';
}) {
  const columnCount = figures ? 7 : 4;
  // One body per group, its heading as the body's first row: the rows after the ranked ones, by decision state.
  const bodies: RankingRow[][] = [];
  for (const row of rows) {
    if (row.kind === 'group' || bodies.length === 0) bodies.push([]);
    bodies.at(-1)?.push(row);
  }
  const number = (value: number) => formatNumber(value, locale);

  return (
    <ScrollTable captionId="comparison-caption" caption={title} testId="comparison-table">
      <thead>
        <tr>
          {figures && (
            <th scope="col" className="numeric">
              {t('comparison.columns.rank')}
            </th>
          )}
          <th scope="col">{t('comparison.columns.region')}</th>
          {figures && (
            <>
              <th scope="col" className="numeric">
                {t('comparison.columns.residentsPerDoctor')}
              </th>
              <th scope="col">{t('comparison.columns.referenceDate')}</th>
              <th scope="col" className="numeric">
                {t('comparison.columns.change')}
              </th>
            </>
          )}
          <th scope="col" className="numeric">
            {t('comparison.columns.ownTarget')}
          </th>
          {!figures && <th scope="col">{t('comparison.columns.versus1100')}</th>}
          <th scope="col">{t('comparison.columns.decision')}</th>
        </tr>
      </thead>
      {bodies.map((body, index) => (
        <tbody key={index}>
          {body.map((row) => {
            if (row.kind === 'group') {
              return (
                <tr key={`group:${row.state}`} className={styles.groupHeading}>
                  <th scope="rowgroup" colSpan={columnCount}>
                    {figures ? t('comparison.chart.group', { state: labels.decision.states[row.state] }) : labels.decision.states[row.state]}
                  </th>
                </tr>
              );
            }
            const cells = comparisonCells(row, t, labels, locale);
            const highlighted = row.region.code === highlight;
            return (
              <tr key={row.region.code} className={highlighted ? styles.highlight : undefined} aria-current={highlighted ? 'true' : undefined} data-code={row.region.code}>
                {figures && <td className="numeric">{cells.rank ?? ''}</td>}
                <th scope="row">{cells.name}</th>
                {figures && (
                  <>
                    <td className="numeric">
                      {typeof cells.value === 'number' ? number(cells.value) : <span className="missing">{cells.value}</span>}
                    </td>
                    <td className="nowrap">{cells.referenceDate ?? ''}</td>
                    <td className="numeric">{cells.changeText}</td>
                  </>
                )}
                <td className="numeric">{cells.target === null ? <span className="missing">{cells.targetText}</span> : cells.targetText}</td>
                {!figures && <td>{cells.versusText}</td>}
                <td>{cells.decisionText}</td>
              </tr>
            );
          })}
        </tbody>
      ))}
      {figures && national && (
        <tfoot>
          <tr>
            <td />
            <th scope="row">{t('dashboard.riket')}</th>
            <td className="numeric">{number(national.value)}</td>
            <td className="nowrap">{national.date}</td>
            <td colSpan={3}>{national.coverage}</td>
          </tr>
        </tfoot>
      )}
    </ScrollTable>
  );
}
