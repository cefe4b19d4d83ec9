import type { BarSeriesOption, EChartsOption } from 'echarts';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import { DECISION_STATES, decisionStateCounts, monthEnds, type DecisionState } from '@/lib/domain/decisions';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST } from '@/lib/domain/metrics';
import { formatNumber } from '@/lib/i18n/format';
import { escapeHtml } from './escape';
import { fillTemplate, type ChartLabels } from './labels';
import { CHART_BASE, CHART_FONT_FAMILY, CHART_MUTED_TEXT_COLOR, CHART_TEXT_COLOR, DECISION_PALETTE, missingDecal } from './palette';

/**
 * Decisions over time: how many regions were in each decision state at the end of every month from
 * the guideline's publication to today. What the public record has even without any staffing figure.
 */

export interface DecisionTimelineModel {
  /** The month ends from the guideline's publication, then today. */
  days: string[];
  rows: { day: string; counts: Record<DecisionState, number> }[];
  totalRegions: number;
}

export function buildDecisionTimelineModel(data: DashboardData): DecisionTimelineModel {
  const days = monthEnds(data.guideline.publishedOn, data.today);
  const rows = decisionStateCounts(
    data.regions.map((r) => r.code),
    data.decisions,
    days,
  );
  return { days, rows, totalRegions: data.regions.length };
}

/** Stacked bars per month end, one colour per state (the map's palette, the same hatch for "nothing known"). */
export function buildDecisionTimelineOption(model: DecisionTimelineModel, labels: ChartLabels, locale: string): EChartsOption {
  const series: BarSeriesOption[] = DECISION_PALETTE.map((entry) => ({
    id: `state:${entry.key}`,
    type: 'bar',
    stack: 'regions',
    name: labels.decision.states[entry.labelKey],
    data: model.rows.map((row) => row.counts[entry.key]),
    barCategoryGap: '15%',
    itemStyle: { color: entry.color, borderColor: '#ffffff', borderWidth: 0.5, ...(entry.missing ? { decal: missingDecal() } : {}) },
    emphasis: { disabled: true },
  }));
  return {
    ...CHART_BASE,
    legend: {
      type: 'plain',
      top: 4,
      left: 8,
      right: 8,
      textStyle: { fontSize: 13, lineHeight: 18, color: CHART_TEXT_COLOR },
      data: series.map((s) => String(s.name)),
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow' },
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const index = list[0]?.dataIndex ?? 0;
        const row = model.rows[index];
        if (!row) return '';
        const lines = DECISION_PALETTE.filter((e) => row.counts[e.key] > 0).map(
          (e) => `${escapeHtml(labels.decision.states[e.labelKey])}: ${formatNumber(row.counts[e.key], locale)}`,
        );
        return `<strong>${escapeHtml(row.day)}</strong><br/>${lines.join('<br/>')}`;
      },
    },
    grid: { left: 48, right: 16, top: 110, bottom: 40, outerBoundsMode: 'none' },
    xAxis: {
      type: 'category',
      data: model.days,
      axisLabel: { color: CHART_MUTED_TEXT_COLOR, lineHeight: 16, hideOverlap: true },
      axisLine: { lineStyle: { color: CHART_MUTED_TEXT_COLOR } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: model.totalRegions,
      interval: 3,
      name: labels.timeline.axis,
      nameLocation: 'end',
      nameTextStyle: { align: 'left', color: CHART_TEXT_COLOR, fontSize: 13, lineHeight: 18 },
      axisLabel: { color: CHART_MUTED_TEXT_COLOR, lineHeight: 16 },
      splitLine: { lineStyle: { color: '#e3e6ea' } },
    },
    series,
    media: [{ query: { maxWidth: 520 }, option: { grid: { top: 290 } } }],
  };
}

/** The timeline in words: the first and the last day's counts, and the guideline it is measured against. */
export function describeDecisionTimeline(model: DecisionTimelineModel, labels: ChartLabels, locale: string): string {
  const phrase = (row: DecisionTimelineModel['rows'][number]) =>
    DECISION_STATES.filter((state) => row.counts[state] > 0)
      .map((state) => `${labels.decision.states[state]}: ${formatNumber(row.counts[state], locale)}`)
      .join('; ');
  const first = model.rows[0];
  const last = model.rows.at(-1);
  if (!first || !last) return '';
  return fillTemplate(labels.timeline.summary, {
    first: first.day,
    firstCounts: phrase(first),
    last: last.day,
    lastCounts: phrase(last),
    total: model.totalRegions,
    guideline: formatNumber(GUIDELINE_RESIDENTS_PER_SPECIALIST, locale),
  });
}
