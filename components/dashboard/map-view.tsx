'use client';

import { useMessages, useTranslations } from 'next-intl';
import { useMemo, useRef } from 'react';
import { EChart, type EChartHandle } from '@/components/charts/echart';
import type { ChartLabels } from '@/lib/charts/labels';
import { buildMapOption, type MapMeasure } from '@/lib/charts/map-option';
import { downloadFileName } from '@/lib/dashboard/file-names';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import { useRouter } from '@/lib/i18n/navigation';
import { DecisionStatusTable } from './decision-status-table';
import { DataDownloads, ImageDownloads } from './downloads';
import { EMBEDDED_CHART_HEIGHT, EmbeddedDetails } from './embedded-details';
import { SharePanel } from './share-panel';

const MAP_MEASURES: readonly MapMeasure[] = ['decision', 'residentsPerDoctor', 'shareWithNamedContact'];

/** The map's measure for the one the address names: the decisions unless it names one the map can show. */
export const mapMeasureOf = (measure: string): MapMeasure => MAP_MEASURES.find((m) => m === measure) ?? 'decision';

/**
 * The map on a day, with the decision status table beneath as its text alternative. The server's SVG
 * of the default map shows until ECharts has loaded; clicking a region opens its page.
 * `embedded` (in another site's frame): the map and its table only, without controls, downloads or sharing.
 */
export function MapView({
  data,
  asOf,
  measure,
  locale,
  placeholderSrc,
  onMeasureChange,
  embedded = false,
}: {
  data: DashboardData;
  asOf: string;
  measure: MapMeasure;
  locale: 'sv' | 'en';
  placeholderSrc?: string;
  onMeasureChange?: (measure: MapMeasure) => void;
  embedded?: boolean;
}) {
  const t = useTranslations('dashboard');
  const labels = useMessages().charts as unknown as ChartLabels;
  const router = useRouter();
  const option = useMemo(() => buildMapOption({ data, asOf, measure, labels, locale }), [data, asOf, measure, labels, locale]);
  const chart = useRef<EChartHandle>(null);
  const mapLabel = t('mapLabel', { measure: t(`measures.${measure}`), date: asOf });

  const table = <DecisionStatusTable data={data} asOf={asOf} locale={locale} linkTarget={embedded ? '_blank' : undefined} />;

  if (embedded) {
    return (
      <>
        {/* In a frame, a click on a region would open its page there, where it may not be shown. */}
        <EChart ref={chart} option={option} ariaLabel={mapLabel} placeholderSrc={placeholderSrc} height={EMBEDDED_CHART_HEIGHT} />
        <EmbeddedDetails>{table}</EmbeddedDetails>
      </>
    );
  }

  return (
    <>
      <p className="control">
        <label htmlFor="map-measure">{t('mapMeasureLabel')}</label>{' '}
        <select id="map-measure" value={measure} onChange={(event) => onMeasureChange?.(event.target.value as MapMeasure)}>
          {MAP_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`measures.${m}`)}
            </option>
          ))}
        </select>
      </p>
      <EChart
        ref={chart}
        option={option}
        ariaLabel={mapLabel}
        placeholderSrc={placeholderSrc}
        height="var(--map-height, min(78vh, 900px))"
        onRegionClick={(code) => router.push(`/region/${code}`)}
      />
      <ImageDownloads
        chart={chart}
        title={mapLabel}
        date={asOf}
        today={data.today}
        containsExampleData={data.containsExampleData}
        fileName={downloadFileName(locale, 'map', measure, asOf)}
      />
      <DataDownloads query={{ lang: locale, view: 'map', date: asOf }} />
      <SharePanel view="map" locale={locale} state={{ measure, date: asOf === data.today ? null : asOf, regions: [] }} />
      {table}
    </>
  );
}
