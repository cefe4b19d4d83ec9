'use client';

import { useMessages, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { EChart } from '@/components/charts/echart';
import type { ChartLabels } from '@/lib/charts/labels';
import { buildSeriesOption } from '@/lib/charts/series-option';
import { describeSeries } from '@/lib/charts/series-summary';
import type { DashboardData } from '@/lib/domain/dashboard-data';

/**
 * A region's residents per fast läkarkontakt over time, the dashboard's chart for that one region:
 * the guideline, its own target in force, its decisions, and Riket with its coverage (partial points
 * apart). `data` holds every region's reports, so that Riket is the country's, not the region's.
 */
export function RegionSeriesChart({ data, code, locale }: { data: DashboardData; code: string; locale: 'sv' | 'en' }) {
  const t = useTranslations('comparison');
  const labels = useMessages().charts as unknown as ChartLabels;
  const input = useMemo(() => ({ data, regions: [code], measure: 'residentsPerDoctor' as const, labels, locale }), [data, code, labels, locale]);
  const option = useMemo(() => buildSeriesOption(input), [input]);
  const summary = useMemo(() => describeSeries(input), [input]);
  return (
    <>
      <p>{t('regionChartIntro')}</p>
      <EChart option={option} ariaLabel={t('regionChartHeading')} height={460} />
      <p data-testid="region-chart-summary">{summary}</p>
    </>
  );
}
