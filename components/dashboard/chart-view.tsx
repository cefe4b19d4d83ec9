'use client';

import { useMessages, useTranslations } from 'next-intl';
import { useMemo, useRef, type ReactNode } from 'react';
import { EChart, type EChartHandle } from '@/components/charts/echart';
import { ScrollTable } from '@/components/scroll-table';
import { formatMeasure, type SeriesMeasure } from '@/lib/charts/common';
import type { ChartLabels } from '@/lib/charts/labels';
import { buildSeriesModel } from '@/lib/charts/series-model';
import { buildSeriesOption } from '@/lib/charts/series-option';
import { describeSeries } from '@/lib/charts/series-summary';
import { downloadFileName } from '@/lib/dashboard/file-names';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import { missingText } from './decision-text';
import { DecisionTimelineView } from './decision-timeline-view';
import { DataDownloads, ImageDownloads } from './downloads';
import { EMBEDDED_CHART_HEIGHT, EmbeddedDetails } from './embedded-details';
import { SharePanel } from './share-panel';

/** What the chart can show: the decisions over time (all the public record has), or a measure's series. */
export type ChartMeasure = SeriesMeasure | 'decisionsOverTime';
const CHART_MEASURES: readonly ChartMeasure[] = ['decisionsOverTime', 'residentsPerDoctor', 'gapTo1100', 'shareWithNamedContact'];

/** The chart's measure when the address names none: figures when there are any, else the decisions. */
function defaultChartMeasure(data: DashboardData): ChartMeasure {
  return data.reports.length > 0 ? 'residentsPerDoctor' : 'decisionsOverTime';
}

/** The chart's measure for the one the address names (the default when it names none the chart can show). */
export const chartMeasureOf = (measure: string, data: DashboardData): ChartMeasure =>
  CHART_MEASURES.find((m) => m === measure) ?? defaultChartMeasure(data);

/**
 * Time series for the chosen regions and Riket, with the guideline, each region's own decided figure
 * and its decision dates; a text summary and a data table carry the same figures for every reader.
 * `embedded` (in another site's frame): the chart and its text alternative only, without controls,
 * downloads or sharing.
 */
export function ChartView(props: {
  data: DashboardData;
  regions: string[];
  measure: ChartMeasure;
  locale: 'sv' | 'en';
  onRegionsChange?: (regions: string[]) => void;
  onMeasureChange?: (measure: ChartMeasure) => void;
  embedded?: boolean;
}) {
  const t = useTranslations();
  const { data, regions, measure, locale, onMeasureChange, embedded = false } = props;
  const share = embedded ? null : <SharePanel view="chart" locale={locale} state={{ measure, date: null, regions }} />;
  const chart =
    measure === 'decisionsOverTime' ? (
      <DecisionTimelineView data={data} locale={locale} embedded={embedded} share={share} />
    ) : (
      <SeriesView {...props} measure={measure} embedded={embedded} share={share} />
    );
  if (embedded) return chart;
  return (
    <>
      <p className="control">
        <label htmlFor="chart-measure">{t('dashboard.chartMeasureLabel')}</label>{' '}
        <select id="chart-measure" value={measure} onChange={(event) => onMeasureChange?.(event.target.value as ChartMeasure)}>
          {CHART_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`dashboard.measures.${m}`)}
            </option>
          ))}
        </select>
      </p>
      {chart}
    </>
  );
}

function SeriesView({
  data,
  regions,
  measure,
  locale,
  onRegionsChange,
  embedded,
  share,
}: {
  data: DashboardData;
  regions: string[];
  measure: SeriesMeasure;
  locale: 'sv' | 'en';
  onRegionsChange?: (regions: string[]) => void;
  embedded: boolean;
  share: ReactNode;
}) {
  const t = useTranslations();
  const labels = useMessages().charts as unknown as ChartLabels;
  const input = useMemo(() => ({ data, regions, measure, labels, locale }), [data, regions, measure, labels, locale]);
  const option = useMemo(() => buildSeriesOption(input), [input]);
  const model = useMemo(() => buildSeriesModel(input), [input]);
  const summary = useMemo(() => describeSeries(input), [input]);
  const measureName = t(`dashboard.measures.${measure}`);
  const chart = useRef<EChartHandle>(null);
  const chartLabel = t('dashboard.chartLabel', { measure: measureName });

  const toggle = (code: string) =>
    onRegionsChange?.(regions.includes(code) ? regions.filter((c) => c !== code) : [...regions, code]);

  const alternative = (
    <>
      <h3>{t('dashboard.summaryHeading')}</h3>
      <p data-testid="chart-summary">{summary}</p>
      <ScrollTable captionId="series-caption" caption={t('dashboard.chartLabel', { measure: measureName })}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.referenceDate')}</th>
            {model.regions.map((r) => (
              <th key={r.code} scope="col" className="numeric">
                {r.name}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('dashboard.riket')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.dates.map((date, row) => (
            <tr key={date}>
              <th scope="row" className="nowrap">
                {date}
              </th>
              {[...model.regions.map((r) => r.points[row]), model.national[row]].map((point, column) => (
                <td key={column} className="numeric">
                  {point && point.value !== null ? (
                    formatMeasure(measure, point.value, locale)
                  ) : (
                    <span className="missing">{missingText(point?.missing ?? 'not_reported', t)}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
  const figure =
    model.dates.length === 0 ? (
      <p className="notice" data-testid="chart-empty">
        {t('dashboard.chartEmpty')}
      </p>
    ) : (
      <EChart ref={chart} option={option} ariaLabel={chartLabel} height={embedded ? EMBEDDED_CHART_HEIGHT : 520} />
    );

  if (embedded) {
    return (
      <>
        {figure}
        <EmbeddedDetails>{alternative}</EmbeddedDetails>
      </>
    );
  }

  return (
    <>
      <fieldset className="region-picker">
        <legend>{t('dashboard.regionsLabel')}</legend>
        <p className="sub">{t('dashboard.regionsHint')}</p>
        <ul>
          {data.regions.map((region) => (
            <li key={region.code}>
              <label>
                <input type="checkbox" checked={regions.includes(region.code)} onChange={() => toggle(region.code)} />{' '}
                {locale === 'en' ? region.nameEn : region.nameSv}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {figure}
      <ImageDownloads
        chart={chart}
        title={chartLabel}
        date={model.dates.at(-1) ?? data.today}
        today={data.today}
        containsExampleData={data.containsExampleData}
        fileName={downloadFileName(locale, 'chart', measure)}
      />
      <DataDownloads query={{ lang: locale, view: 'chart', measure, ...(regions.length > 0 ? { regions: regions.join(',') } : {}) }} />
      {share}
      {alternative}
    </>
  );
}
