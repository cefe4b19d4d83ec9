'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo } from 'react';
import type { DashboardData } from '@/lib/dashboard/types';
import { DateSlider } from './date-slider';
import { DecisionStatusTable } from './decision-status-table';
import { TableView } from './table-view';
import { useDashboardState } from './use-dashboard-state';
import { PANEL_ID, tabId, ViewTabs } from './view-tabs';

/** The public dashboard: one selection shown as map, chart or table, all of it in the URL. */
export function Dashboard({ data, locale }: { data: DashboardData; locale: 'sv' | 'en' }) {
  const t = useTranslations('dashboard');
  const options = useMemo(
    () => ({ regionCodes: data.regions.map((r) => r.code), firstDate: data.guideline.publishedOn, lastDate: data.today }),
    [data],
  );
  const { state, update } = useDashboardState(options);
  const asOf = state.date ?? data.today;
  const setDate = useCallback((date: string, mode: 'push' | 'replace') => update({ date: date === data.today ? null : date }, mode), [update, data.today]);

  return (
    <section className="dashboard" aria-label={t('viewsLabel')}>
      <ViewTabs value={state.view} onChange={(view) => update({ view })} />
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(state.view)} className="dashboard-panel">
        {state.view !== 'chart' && <DateSlider first={options.firstDate} last={options.lastDate} value={asOf} onChange={setDate} />}
        {state.view === 'table' ? (
          <TableView data={data} asOf={asOf} locale={locale} />
        ) : (
          <DecisionStatusTable data={data} asOf={asOf} locale={locale} />
        )}
      </div>
    </section>
  );
}
