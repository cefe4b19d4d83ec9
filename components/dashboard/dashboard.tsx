'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo } from 'react';
import { unpackDashboardData, type PackedDashboardData } from '@/lib/dashboard/packed-data';
import { changeDates } from '@/lib/domain/change-dates';
import { ComparisonView } from './comparison-view';
import { DateSlider } from './date-slider';
import { ChartView, chartMeasureOf } from './chart-view';
import { MapView, mapMeasureOf } from './map-view';
import { TableView } from './table-view';
import { useDashboardState } from './use-dashboard-state';
import { PANEL_ID, tabId, ViewTabs } from './view-tabs';

/**
 * The public dashboard: one selection shown as map, chart, table or ranked comparison, all of it in the URL. Its data
 * arrives packed (lib/dashboard/packed-data) to keep the cached page small.
 * `mapPlaceholderSrc` is the server's drawing of the default map (today, decisions), shown before ECharts loads.
 */
export function Dashboard({
  packedData,
  locale,
  mapPlaceholderSrc,
}: {
  packedData: PackedDashboardData;
  locale: 'sv' | 'en';
  mapPlaceholderSrc?: string;
}) {
  const t = useTranslations('dashboard');
  const data = useMemo(() => unpackDashboardData(packedData), [packedData]);
  const options = useMemo(
    () => ({ regionCodes: data.regions.map((r) => r.code), firstDate: data.guideline.publishedOn, lastDate: data.today }),
    [data],
  );
  const { state, update, dateCorrection } = useDashboardState(options);
  const asOf = state.date ?? data.today;
  const mapMeasure = mapMeasureOf(state.measure);
  const setDate = useCallback((date: string, mode: 'push' | 'replace') => update({ date: date === data.today ? null : date }, mode), [update, data.today]);
  // Days with a change inside the slider's range: a decision taking force, a report's reference date.
  const changes = useMemo(
    () =>
      changeDates(data.decisions, [...data.reports, ...data.namedContactShares]).filter(
        (day) => day >= options.firstDate && day <= options.lastDate,
      ),
    [data, options],
  );

  return (
    <section className="dashboard" aria-label={t('viewsLabel')}>
      <ViewTabs value={state.view} onChange={(view) => update({ view })} />
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(state.view)} className="dashboard-panel">
        {dateCorrection && (
          <p className="notice" role="status" data-testid="date-correction">
            {t(`dateCorrected.${dateCorrection.reason}`, {
              requested: dateCorrection.requested,
              shown: dateCorrection.shown,
              first: options.firstDate,
              last: options.lastDate,
            })}
          </p>
        )}
        {state.view !== 'chart' && (
          <DateSlider first={options.firstDate} last={options.lastDate} value={asOf} changes={changes} onChange={setDate} />
        )}
        {state.view === 'map' && (
          <MapView
            data={data}
            asOf={asOf}
            measure={mapMeasure}
            locale={locale}
            placeholderSrc={asOf === data.today && mapMeasure === 'decision' ? mapPlaceholderSrc : undefined}
            onMeasureChange={(measure) => update({ measure })}
          />
        )}
        {state.view === 'chart' && (
          <ChartView
            data={data}
            regions={state.regions}
            measure={chartMeasureOf(state.measure, data)}
            locale={locale}
            onRegionsChange={(regions) => update({ regions })}
            onMeasureChange={(measure) => update({ measure })}
          />
        )}
        {state.view === 'table' && <TableView data={data} asOf={asOf} locale={locale} view={state} onViewChange={update} />}
        {state.view === 'comparison' && <ComparisonView data={data} asOf={asOf} locale={locale} />}
      </div>
    </section>
  );
}
