import type { BarSeriesOption, EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import type { DashboardDecision, DashboardRegion } from '@/lib/domain/dashboard-data';
import type { DecisionState } from '@/lib/domain/decisions';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST } from '@/lib/domain/metrics';
import { nationalShown, type NationalStaffingPoint } from '@/lib/domain/national';
import { unrankedGroups, type RankedRegion, type Ranking, type UnrankedRegion } from '@/lib/domain/ranking';
import { formatNumber } from '@/lib/i18n/format';
import { coverageText, decisionText, regionName, tooltipHtml } from './common';
import { escapeHtml } from './escape';
import { fillTemplate, type ChartLabels } from './labels';
import { CHART_BASE, CHART_FONT_FAMILY, CHART_MUTED_TEXT_COLOR, CHART_TEXT_COLOR, GUIDELINE_LINE_COLOR, NATIONAL_COLOR } from './palette';
import { roundAxisMax } from './layout';

/**
 * The ranked comparison against 1 100 (as Fingertips' "compare areas"): one row per region, as in
 * lib/domain/ranking — horizontal bars of residents per fast läkarkontakt, lowest first, each region's
 * own decided target as a marker, the guideline and Riket as vertical lines; then, without bars, the
 * regions without a figure under a heading per decision state. Without any figure (the public record)
 * it shows the decided targets alone, named as decisions. The table beside it reads `rankingRows`,
 * so the two always agree. Pure.
 */

/** The texts of the chart: the "comparison.chart" messages. */
export interface ComparisonChartLabels {
  bars: string;
  ownTarget: string;
  decidedTarget: string;
  guideline: string;
  /** {value}, {date} */
  national: string;
  /** {value}, {date} */
  nationalPartial: string;
  noFigure: string;
  /** {rank}, {count} */
  rank: string;
  previous: string;
  change: string;
  /** {state} */
  group: string;
}

export interface RankingOptionInput {
  ranking: Ranking<DashboardDecision>;
  regions: readonly DashboardRegion[];
  labels: ChartLabels;
  text: ComparisonChartLabels;
  locale: string;
  /** A region drawn apart (its own colour and legend entry, its label in bold): the region page's. */
  highlight?: string | null;
}

export type RankingRow =
  | { kind: 'ranked'; name: string; region: RankedRegion<DashboardDecision> }
  | { kind: 'group'; state: DecisionState }
  | { kind: 'unranked'; name: string; region: UnrankedRegion<DashboardDecision> };

/** The rows of the chart and its table, in order: the ranked regions, then each group with its heading. */
export function rankingRows(ranking: Ranking<DashboardDecision>, regions: readonly DashboardRegion[], locale: string): RankingRow[] {
  const nameOf = (code: string) => {
    const region = regions.find((r) => r.code === code);
    return region ? regionName(region, locale) : code;
  };
  return [
    ...ranking.ranked.map((region): RankingRow => ({ kind: 'ranked', name: nameOf(region.code), region })),
    ...unrankedGroups(ranking).flatMap(({ state, regions: members }): RankingRow[] => [
      { kind: 'group', state },
      ...members.map((region): RankingRow => ({ kind: 'unranked', name: nameOf(region.code), region })),
    ]),
  ];
}

/** The national figure the comparison draws: the latest complete one, else the latest partial one. */
export function shownNational(ranking: Pick<Ranking<unknown>, 'national'>): { point: NationalStaffingPoint; value: number } | null {
  const point = nationalShown(ranking.national).shown;
  return point && point.residentsPerDoctor.kind === 'value' ? { point, value: point.residentsPerDoctor.value } : null;
}

/** The change as printed: an arrow and whole residents ("↓ 250"); "" when it rounds to nothing. */
export function changeArrow(change: number, locale: string): string {
  const rounded = Math.round(change);
  if (rounded === 0) return '';
  return `${rounded < 0 ? '↓' : '↑'} ${formatNumber(Math.abs(rounded), locale)}`;
}

/** Layout, in pixels: a vertical legend (its height does not depend on the width), then one row per line. */
const LEGEND_TOP = 8;
const LEGEND_ITEM = 22;
const AXIS_SPACE = 40;
const ROW = 44;
const BAR = 16;
const BOTTOM = 16;
const BAR_COLOR = '#0072B2';
/** Legend icons of the reference lines, drawn as lines (solid, dashed, dotted) in a 24 × 10 box. */
const BOX = 'M0,0h0.01v0.01h-0.01z M24,10h0.01v0.01h-0.01z';
const LINE_ICONS = {
  solid: `path://${BOX} M0,4h24v2h-24z`,
  dashed: `path://${BOX} M0,4h6v2h-6z M9,4h6v2h-6z M18,4h6v2h-6z`,
  dotted: `path://${BOX} M0,4h2v2h-2z M5.5,4h2v2h-2z M11,4h2v2h-2z M16.5,4h2v2h-2z M22,4h2v2h-2z`,
} as const;
const HIGHLIGHT_COLOR = '#D55E00';
const LABEL_BACKGROUND = 'rgba(255, 255, 255, 0.85)';

interface Layout {
  rows: RankingRow[];
  figures: boolean;
  national: ReturnType<typeof shownNational>;
  highlightRow: number;
  legend: { name: string; icon?: string }[];
  top: number;
  height: number;
}

function layout(input: RankingOptionInput): Layout {
  const { ranking, regions, locale, text, highlight } = input;
  const rows = rankingRows(ranking, regions, locale);
  const figures = ranking.ranked.length > 0;
  const national = figures ? shownNational(ranking) : null;
  const highlightRow = rows.findIndex((row) => row.kind !== 'group' && row.region.code === highlight);
  const highlighted = rows[highlightRow];
  const highlightDrawn =
    highlighted !== undefined && (highlighted.kind === 'ranked' || (highlighted.kind === 'unranked' && highlighted.region.target !== null));
  const targetsDrawn = rows.some((row, i) => i !== highlightRow && row.kind !== 'group' && row.region.target !== null);
  const legend: Layout['legend'] = [
    ...(figures ? [text.bars] : []),
    ...(highlightDrawn ? [highlighted.name] : []),
    ...(targetsDrawn ? [figures ? text.ownTarget : text.decidedTarget] : []),
  ].map((name) => ({ name }));
  legend.push({ name: text.guideline, icon: LINE_ICONS.dashed });
  if (national) legend.push({ name: nationalName(input, national), icon: LINE_ICONS[national.point.coverage.complete ? 'solid' : 'dotted'] });
  const top = LEGEND_TOP + legend.length * LEGEND_ITEM + AXIS_SPACE;
  return { rows, figures, national, highlightRow: highlightDrawn ? highlightRow : -1, legend, top, height: top + rows.length * ROW + BOTTOM };
}

function nationalName({ text, locale }: RankingOptionInput, national: NonNullable<ReturnType<typeof shownNational>>): string {
  const value = formatNumber(national.value, locale);
  return fillTemplate(national.point.coverage.complete ? text.national : text.nationalPartial, { value, date: national.point.date });
}

/** The chart's height in pixels for these rows (the option's layout is in fixed pixels). */
export function rankingChartHeight(input: RankingOptionInput): number {
  return layout(input).height;
}

/** A round upper bound for the axis: the next multiple of 500 above every figure, target and 1 100. */
function axisMax(rows: readonly RankingRow[], national: number | null): number {
  const values = [
    GUIDELINE_RESIDENTS_PER_SPECIALIST,
    national ?? 0,
    ...rows.flatMap((row) => (row.kind === 'ranked' ? [row.region.residentsPerDoctor, row.region.target ?? 0] : row.kind === 'unranked' ? [row.region.target ?? 0] : [])),
  ];
  return roundAxisMax(values, 1.04);
}

export function buildRankingOption(input: RankingOptionInput): EChartsOption {
  const { ranking, labels, text, locale } = input;
  const { rows, figures, national, highlightRow, legend, top } = layout(input);
  const number = (value: number) => formatNumber(value, locale);
  const unit = labels.units.residentsPerDoctor;
  const tooltips = new Map<string, string[]>();

  const rowLabel = (row: RankingRow): string => {
    if (row.kind === 'group') return figures ? fillTemplate(text.group, { state: labels.decision.states[row.state] }) : labels.decision.states[row.state];
    if (row.kind === 'ranked') {
      const change = row.region.change === null ? '' : changeArrow(row.region.change, locale);
      return [`${row.region.rank}. ${row.name}`, number(row.region.residentsPerDoctor), change].filter(Boolean).join(' · ');
    }
    const extra = figures
      ? row.region.reason === 'not_reported'
        ? ''
        : labels.missing[row.region.reason]
      : row.region.target === null
        ? ''
        : number(row.region.target);
    return [row.name, extra].filter(Boolean).join(' · ');
  };

  const rowTooltip = (row: RankingRow): string => {
    if (row.kind === 'group') return '';
    const decision: [string, string] = [labels.decision.legendTitle, decisionText(row.region.decision, labels, locale)];
    if (row.kind === 'unranked') {
      return tooltipHtml(row.name, [[null, figures ? labels.missing[row.region.reason] : text.noFigure], decision]);
    }
    const { region } = row;
    const lines: [string | null, string][] = [
      [null, fillTemplate(text.rank, { rank: region.rank, count: ranking.ranked.length })],
      [null, `${number(region.residentsPerDoctor)} ${unit}`],
      [labels.tooltip.referenceDate, region.referenceDate],
    ];
    if (region.previous && region.change !== null) {
      lines.push([text.previous, `${number(region.previous.residentsPerDoctor)} (${region.previous.referenceDate})`]);
      lines.push([text.change, changeArrow(region.change, locale) || '±0']);
    }
    lines.push([text.ownTarget, region.target === null ? labels.missing.no_target : number(region.target)], decision);
    return tooltipHtml(row.name, lines);
  };

  const series: (BarSeriesOption | ScatterSeriesOption | LineSeriesOption)[] = [];
  if (figures) {
    const barData = rows.map((row, i) => (row.kind === 'ranked' && i !== highlightRow ? row.region.residentsPerDoctor : '-'));
    tooltips.set('bars', rows.map(rowTooltip));
    series.push({ id: 'bars', type: 'bar', name: text.bars, data: barData, barWidth: BAR, itemStyle: { color: BAR_COLOR }, z: 2 });
  }
  const highlighted = rows[highlightRow];
  if (highlighted?.kind === 'ranked') {
    tooltips.set('highlight', rows.map(rowTooltip));
    series.push({
      id: 'highlight',
      type: 'bar',
      name: highlighted.name,
      data: rows.map((_, i) => (i === highlightRow ? highlighted.region.residentsPerDoctor : '-')),
      barWidth: BAR,
      // On the same place as the other bars, not beside them.
      barGap: '-100%',
      itemStyle: { color: HIGHLIGHT_COLOR },
      z: 2,
    });
  }

  const targetRows = rows
    .map((row, index) => ({ row, index }))
    .filter((x): x is { row: Exclude<RankingRow, { kind: 'group' }>; index: number } => x.row.kind !== 'group' && x.row.region.target !== null);
  const others = targetRows.filter((x) => x.index !== highlightRow);
  if (others.length > 0) {
    tooltips.set('targets', others.map((x) => rowTooltip(x.row)));
    series.push({
      id: 'targets',
      type: 'scatter',
      name: figures ? text.ownTarget : text.decidedTarget,
      data: others.map((x) => [x.row.region.target, x.index]),
      symbol: 'diamond',
      symbolSize: 14,
      itemStyle: { color: NATIONAL_COLOR, borderColor: '#ffffff', borderWidth: 1.5 },
      z: 4,
    });
  }
  const highlightTarget = targetRows.find((x) => x.index === highlightRow);
  if (highlightTarget) {
    tooltips.set('highlight-target', [rowTooltip(highlightTarget.row)]);
    series.push({
      id: 'highlight-target',
      type: 'scatter',
      // Under the highlighted region's name: the legend shows its bar and its target together.
      name: highlightTarget.row.name,
      data: [[highlightTarget.row.region.target, highlightTarget.index]],
      symbol: 'diamond',
      symbolSize: 16,
      itemStyle: { color: figures ? NATIONAL_COLOR : HIGHLIGHT_COLOR, borderColor: figures ? HIGHLIGHT_COLOR : '#ffffff', borderWidth: 2 },
      z: 5,
    });
  }

  // Reference lines on series of their own (no data), so each has a legend entry of its own.
  const referenceLine = (id: string, name: string, value: number, lineStyle: { color: string; type: keyof typeof LINE_ICONS; width: number }): LineSeriesOption => ({
    id,
    type: 'line',
    name,
    data: [],
    color: lineStyle.color,
    lineStyle,
    symbol: 'none',
    markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle, data: [{ xAxis: value }] },
    z: 3,
  });
  series.push(referenceLine('guideline', text.guideline, GUIDELINE_RESIDENTS_PER_SPECIALIST, { color: GUIDELINE_LINE_COLOR, type: 'dashed', width: 2 }));
  if (national) {
    series.push(
      referenceLine('national', nationalName(input, national), national.value, {
        color: NATIONAL_COLOR,
        type: national.point.coverage.complete ? 'solid' : 'dotted',
        width: 2,
      }),
    );
  }

  const nationalTooltip = national
    ? tooltipHtml(labels.series.national, [
        [labels.tooltip.referenceDate, national.point.date],
        [null, `${number(national.value)} ${unit}`],
        [null, coverageText(national.point.coverage, labels, locale)],
        ...(national.point.coverage.complete ? [] : [[null, labels.tooltip.partial] as [null, string]]),
      ])
    : '';

  return {
    ...CHART_BASE,
    legend: {
      type: 'plain',
      orient: 'vertical',
      top: LEGEND_TOP,
      left: 8,
      itemGap: LEGEND_ITEM - 14,
      itemHeight: 14,
      data: legend,
      textStyle: { fontSize: 13, lineHeight: 14, color: CHART_TEXT_COLOR },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      formatter: (params) => {
        if (Array.isArray(params)) return '';
        if (params.seriesId === 'national') return nationalTooltip;
        return tooltips.get(String(params.seriesId ?? ''))?.[params.dataIndex] ?? escapeHtml(params.seriesName);
      },
    },
    grid: { left: 8, right: 24, top, height: rows.length * ROW, outerBoundsMode: 'none' },
    xAxis: {
      type: 'value',
      position: 'top',
      min: 0,
      max: axisMax(rows, national?.value ?? null),
      // The first and last labels inside the plot's width, so that neither is cut at the edge.
      axisLabel: {
        color: CHART_MUTED_TEXT_COLOR,
        lineHeight: 16,
        hideOverlap: true,
        alignMinLabel: 'left',
        alignMaxLabel: 'right',
        formatter: (value: number) => number(value),
      },
      splitLine: { lineStyle: { color: '#e3e6ea' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row, i) => `${i}`),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_MUTED_TEXT_COLOR } },
      // Each row's name above its bar, inside the plot: the bars keep the whole width on a phone.
      axisLabel: {
        inside: true,
        interval: 0,
        align: 'left',
        verticalAlign: 'bottom',
        // eslint-disable-next-line no-restricted-syntax -- pixels
        padding: [0, 0, BAR / 2 + 3, 4],
        formatter: (_value: string, index: number) => {
          const row = rows[index];
          if (!row) return '';
          const style = row.kind === 'group' ? 'group' : index === highlightRow || row.region.code === input.highlight ? 'highlight' : 'base';
          return `{${style}|${rowLabel(row).replace(/[{}|]/g, '')}}`;
        },
        // On white, so that the reference lines crossing a name never hide it.
        rich: {
          base: { fontSize: 13, lineHeight: 16, color: CHART_TEXT_COLOR, backgroundColor: LABEL_BACKGROUND },
          highlight: { fontSize: 13, lineHeight: 16, color: CHART_TEXT_COLOR, fontWeight: 'bold', backgroundColor: LABEL_BACKGROUND },
          group: { fontSize: 13, lineHeight: 16, color: CHART_MUTED_TEXT_COLOR, fontWeight: 'bold', backgroundColor: LABEL_BACKGROUND },
        },
      },
      z: 5,
    },
    series,
    // A phone: smaller names, fewer axis labels, the plot to the edge.
    media: [
      {
        query: { maxWidth: 420 },
        option: {
          grid: { right: 8 },
          xAxis: { splitNumber: 3 },
          yAxis: { axisLabel: { rich: { base: { fontSize: 11 }, highlight: { fontSize: 11 }, group: { fontSize: 11 } } } },
        },
      },
    ],
  };
}
