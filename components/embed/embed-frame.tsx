'use client';

import { useTranslations } from 'next-intl';
import { useMemo, type ReactNode } from 'react';
import { ChartView, chartMeasureOf } from '@/components/dashboard/chart-view';
import { ComparisonView } from '@/components/dashboard/comparison-view';
import { MapView, mapMeasureOf } from '@/components/dashboard/map-view';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { dashboardPath, type EmbedState, type EmbedView } from '@/lib/dashboard/embed';
import { unpackDashboardData, type PackedDashboardData } from '@/lib/dashboard/packed-data';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import type { DashboardMeasure, DashboardState } from '@/lib/dashboard/url-state';
import type { Locale } from '@/lib/i18n/routing';
import styles from './embed-frame.module.css';

interface EmbeddedViewProps {
  data: DashboardData;
  state: EmbedState;
  locale: Locale;
  mapPlaceholderSrc: string;
}

/** How an embed shows one dashboard view: the same components and rules as the dashboard. */
interface EmbeddedView {
  /** The measure shown for the address's state. */
  measure(state: DashboardState, data: DashboardData): DashboardMeasure;
  /** The day the view shows: a day on the slider, or every published figure as of today. */
  date(state: DashboardState, data: DashboardData): { kind: 'asOf' | 'published'; date: string };
  render(props: EmbeddedViewProps): ReactNode;
}

const EMBEDDED_VIEWS: Record<EmbedView, EmbeddedView> = {
  map: {
    measure: (state) => mapMeasureOf(state.measure),
    date: (state, data) => ({ kind: 'asOf', date: state.date ?? data.today }),
    render: ({ data, state, locale, mapPlaceholderSrc }) => {
      const asOf = state.date ?? data.today;
      const measure = mapMeasureOf(state.measure);
      const isDefault = asOf === data.today && measure === 'decision';
      return <MapView embedded data={data} asOf={asOf} measure={measure} locale={locale} placeholderSrc={isDefault ? mapPlaceholderSrc : undefined} />;
    },
  },
  chart: {
    measure: (state, data) => chartMeasureOf(state.measure, data),
    date: (_, data) => ({ kind: 'published', date: data.today }),
    render: ({ data, state, locale }) => (
      <ChartView embedded data={data} regions={state.regions} measure={chartMeasureOf(state.measure, data)} locale={locale} />
    ),
  },
  comparison: {
    // The comparison has one measure: residents per fast läkarkontakt (or, without figures, the decided targets).
    measure: () => 'residentsPerDoctor',
    date: (state, data) => ({ kind: 'asOf', date: state.date ?? data.today }),
    render: ({ data, state, locale }) => <ComparisonView embedded data={data} asOf={state.date ?? data.today} locale={locale} />,
  },
};

/**
 * A dashboard view without the site around it, for another site's frame: its title and date, the chart
 * with its text alternative, the source, and a link to the same view on the dashboard. The view's state
 * comes from the address, read as the dashboard reads it (the page itself is cached for every address).
 */
export function EmbedFrame({
  packedData,
  view,
  locale,
  mapPlaceholderSrc,
  exampleNotice,
  source,
}: {
  packedData: PackedDashboardData;
  view: EmbedView;
  locale: Locale;
  mapPlaceholderSrc: string;
  /** The example-data notice, when the data hold example figures. */
  exampleNotice: ReactNode;
  source: ReactNode;
}) {
  const t = useTranslations();
  const data = useMemo(() => unpackDashboardData(packedData), [packedData]);
  const options = useMemo(
    () => ({ regionCodes: data.regions.map((r) => r.code), firstDate: data.guideline.publishedOn, lastDate: data.today }),
    [data],
  );
  const { state, dateCorrection } = useDashboardState(options);
  const embedded = EMBEDDED_VIEWS[view];
  const measure = embedded.measure(state, data);
  const shown: EmbedState = { measure, date: state.date, regions: state.regions };
  const { kind, date } = embedded.date(state, data);

  return (
    <article className={styles.frame}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t(`dashboard.measures.${measure}`)}</h1>
        <p className={styles.dateLine}>
          {t(`dashboard.views.${view}`)} · {kind === 'asOf' ? t('dashboard.dateValue', { date }) : t('embed.published', { date })}
        </p>
      </header>
      {exampleNotice}
      {dateCorrection && (
        <p className="notice" role="status">
          {t(`dashboard.dateCorrected.${dateCorrection.reason}`, {
            requested: dateCorrection.requested,
            shown: dateCorrection.shown,
            first: options.firstDate,
            last: options.lastDate,
          })}
        </p>
      )}
      {embedded.render({ data, state: shown, locale, mapPlaceholderSrc })}
      <footer className={styles.footer}>
        {source}
        <p>
          <a href={dashboardPath(locale, view, shown)} target="_blank" rel="noopener" className={styles.openFull}>
            {t('embed.openFull')} <span className="visually-hidden">{t('embed.newTab')}</span>
          </a>
        </p>
      </footer>
    </article>
  );
}
