'use client';

import { useMessages, useTranslations } from 'next-intl';
import { useMemo, useRef, type ReactNode } from 'react';
import { EChart, type EChartHandle } from '@/components/charts/echart';
import { ScrollTable } from '@/components/scroll-table';
import { buildDecisionTimelineModel, buildDecisionTimelineOption, describeDecisionTimeline } from '@/lib/charts/decision-timeline';
import type { ChartLabels } from '@/lib/charts/labels';
import { DECISION_PALETTE } from '@/lib/charts/palette';
import { downloadFileName } from '@/lib/dashboard/file-names';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import { DataDownloads, ImageDownloads } from './downloads';
import { EMBEDDED_CHART_HEIGHT, EmbeddedDetails } from './embedded-details';

/**
 * Decisions over time: the regions in each decision state at every month's end since the guideline,
 * with a summary and the same counts as a table (every sixth month and today, to stay readable).
 * `share` is shown beside the downloads; `embedded` leaves both out and folds the summary and table away.
 */
export function DecisionTimelineView({
  data,
  locale,
  embedded = false,
  share,
}: {
  data: DashboardData;
  locale: 'sv' | 'en';
  embedded?: boolean;
  share?: ReactNode;
}) {
  const t = useTranslations('dashboard');
  const labels = useMessages().charts as unknown as ChartLabels;
  const model = useMemo(() => buildDecisionTimelineModel(data), [data]);
  const option = useMemo(() => buildDecisionTimelineOption(model, labels, locale), [model, labels, locale]);
  const summary = useMemo(() => describeDecisionTimeline(model, labels, locale), [model, labels, locale]);
  const chart = useRef<EChartHandle>(null);
  const title = t('timelineLabel');
  const tableRows = model.rows.filter((row, i) => /-(06|12)-/.test(row.day) || i === 0 || i === model.rows.length - 1);

  const alternative = (
    <>
      <h3>{t('summaryHeading')}</h3>
      <p data-testid="timeline-summary">{summary}</p>
      <ScrollTable captionId="timeline-caption" caption={title}>
        <thead>
          <tr>
            <th scope="col">{t('timelineDay')}</th>
            {DECISION_PALETTE.map((entry) => (
              <th key={entry.key} scope="col" className="numeric">
                {labels.decision.states[entry.labelKey]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tableRows.map((row) => (
            <tr key={row.day}>
              <th scope="row" className="nowrap">
                {row.day}
              </th>
              {DECISION_PALETTE.map((entry) => (
                <td key={entry.key} className="numeric">
                  {row.counts[entry.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );

  if (embedded) {
    return (
      <>
        <EChart ref={chart} option={option} ariaLabel={title} height={EMBEDDED_CHART_HEIGHT} />
        <EmbeddedDetails>{alternative}</EmbeddedDetails>
      </>
    );
  }

  return (
    <>
      <EChart ref={chart} option={option} ariaLabel={title} height={560} />
      <ImageDownloads
        chart={chart}
        title={title}
        date={data.today}
        today={data.today}
        containsExampleData={false}
        fileName={downloadFileName(locale, 'decisionsOverTime')}
      />
      <DataDownloads query={{ lang: locale, view: 'chart', measure: 'decisionsOverTime' }} />
      {share}
      {alternative}
    </>
  );
}
