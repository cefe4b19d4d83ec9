import type { EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import type { DashboardData, DashboardDecision, DashboardRegion } from '@/lib/domain/dashboard-data';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST, type Measure } from '@/lib/domain/metrics';
import { nationalSeries, type Coverage } from '@/lib/domain/national';
import { decisionsInOrder, ownTarget } from '@/lib/domain/decisions';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import { formatNumber } from '@/lib/i18n/format';
import {
  coverageText,
  decisionDate,
  decisionLines,
  decisionText,
  formatMeasure,
  regionName,
  snapshotRows,
  tooltipHtml,
  type SeriesMeasure,
} from './common';
import { escapeHtml } from './escape';
import { roundAxisMax } from './layout';
import { fillTemplate, type ChartLabels } from './labels';
import {
  CHART_BASE,
  CHART_FONT_FAMILY,
  CHART_MUTED_TEXT_COLOR,
  CHART_TEXT_COLOR,
  GUIDELINE_LINE_COLOR,
  NATIONAL_COLOR,
  seriesStyle,
} from './palette';

export type { SeriesMeasure } from './common';

export interface SeriesOptionInput {
  data: DashboardData;
  /** Selected region codes, in the order chosen (unknown codes are ignored). */
  regions: readonly string[];
  measure: SeriesMeasure;
  labels: ChartLabels;
  locale: string;
}

export interface SeriesPoint {
  /** A reference date present in the data (ISO). */
  date: string;
  /** The figure; null when the region did not report for that date (a gap, never 0). */
  value: number | null;
  /** Why there is no value (null when there is one). */
  missing: Exclude<Measure, { kind: 'value' }>['reason'] | null;
  /** Escaped tooltip HTML. */
  tooltip: string;
}

export interface NationalPoint extends SeriesPoint {
  /** Regions counted in Σ population / Σ capacity (or Σ named / Σ population) at this date. */
  includedRegions: string[];
  /** Which regions and what share of the population the figure covers (lib/domain/national). */
  coverage: Coverage;
}

export interface RegionSeriesModel {
  code: string;
  name: string;
  points: SeriesPoint[];
  /**
   * The region's own decided figure as a step line: [date, figure] pairs, starting on each decision's
   * last possible day, null where the region has no decided figure (a break in the line).
   */
  target: [string, number | null][];
  targetTooltips: string[];
  /** One marker per decision, at its last possible day. */
  decisions: { date: string; decision: DashboardDecision; tooltip: string }[];
}

export interface SeriesModel {
  measure: SeriesMeasure;
  /** Every reference date present in the data, ascending. */
  dates: string[];
  /** The end of the time range: the later of the last reference date and today. */
  end: string;
  regions: RegionSeriesModel[];
  national: NationalPoint[];
  totalRegions: number;
}

/** A region's figure for exactly this reference date: an older report is never carried forward. */
function regionFigureAt(measure: SeriesMeasure, s: ReturnType<typeof snapshotAsOf>['regions'][number] | undefined, date: string): Measure {
  const notReported: Measure = { kind: 'missing', reason: 'not_reported' };
  if (!s) return notReported;
  if (measure === 'shareWithNamedContact') {
    return s.shareWithNamedContact.referenceDate === date ? s.shareWithNamedContact.measure : notReported;
  }
  return s.report?.referenceDate === date ? s[measure] : notReported;
}

/** The figures behind the chart: pure, and what tests and the text summary read. */
export function buildSeriesModel({ data, regions, measure, labels, locale }: SeriesOptionInput): SeriesModel {
  const rows = snapshotRows(data);
  const series = nationalSeries(rows);
  const nationalPoints = measure === 'shareWithNamedContact' ? series.namedContact : series.staffing;
  const dates = nationalPoints.map((p) => p.date);
  const lastDate = dates.at(-1) ?? data.today;
  const end = lastDate > data.today ? lastDate : data.today;
  const snapshots = dates.map((date) => ({ date, snapshot: snapshotAsOf(rows, date) }));
  const unit = labels.units[measure];

  const selected = regions
    .map((code) => data.regions.find((r) => r.code === code))
    .filter((r, i, all): r is DashboardRegion => r !== undefined && all.indexOf(r) === i);

  const regionModels = selected.map((region): RegionSeriesModel => {
    const name = regionName(region, locale);
    const points = snapshots.map(({ date, snapshot }): SeriesPoint => {
      const s = snapshot.regions.find((r) => r.region.code === region.code);
      const figure = regionFigureAt(measure, s, date);
      const reported = s !== undefined && s.report?.referenceDate === date && measure !== 'shareWithNamedContact';
      const text = figure.kind === 'value' ? `${formatMeasure(measure, figure.value, locale)} ${unit}` : labels.missing[figure.reason];
      const lines: [string | null, string][] = [[labels.tooltip.referenceDate, date], [null, text]];
      if (reported && s?.report) {
        lines.push([labels.tooltip.source, s.report.isExample ? `${s.report.source} (${labels.tooltip.example})` : s.report.source]);
      }
      return {
        date,
        value: figure.kind === 'value' ? figure.value : null,
        missing: figure.kind === 'missing' ? figure.reason : null,
        tooltip: tooltipHtml(name, lines),
      };
    });

    const decisions = decisionsInOrder(
      data.decisions.filter((d) => d.regionCode === region.code),
      end,
    );
    const changes = decisions.filter((x) => x.inForce);
    const target: [string, number | null][] = [];
    const targetTooltips: string[] = [];
    changes.forEach(({ decision: d, day }, i) => {
      const figure = ownTarget(d);
      const until = changes[i + 1]?.day ?? end;
      const tooltip = tooltipHtml(fillTemplate(labels.series.ownTarget, { region: name }), [
        [null, figure === null ? labels.missing.no_target : `${formatNumber(figure, locale)} ${labels.units.residentsPerDoctor}`],
        [labels.tooltip.decidedOn, decisionDate(d, labels, locale)],
      ]);
      if (figure === null) {
        if (target.length > 0 && target.at(-1)?.[1] !== null) {
          target.push([day, null]);
          targetTooltips.push(tooltip);
        }
        return;
      }
      target.push([day, figure], [until, figure]);
      targetTooltips.push(tooltip, tooltip);
    });

    return {
      code: region.code,
      name,
      points,
      target,
      targetTooltips,
      decisions: decisions.map(({ decision: d, day }) => ({ date: day, decision: d, tooltip: tooltipHtml(name, decisionLines(d, labels, locale)) })),
    };
  });

  const totalRegions = data.regions.length;
  const national = nationalPoints.map((point): NationalPoint => {
    const figure: Measure =
      'shareWithNamedContact' in point ? point.shareWithNamedContact : measure === 'residentsPerDoctor' ? point.residentsPerDoctor : point.gapTo1100;
    const value = figure.kind === 'value' ? figure.value : null;
    const { coverage } = point;
    const lines: [string | null, string][] = [
      [labels.tooltip.referenceDate, point.date],
      [null, value === null ? labels.missing.not_reported : `${formatMeasure(measure, value, locale)} ${unit}`],
      [null, coverageText(coverage, labels, locale)],
    ];
    if (!coverage.complete) lines.push([null, labels.tooltip.partial]);
    return {
      date: point.date,
      value,
      missing: value === null ? 'not_reported' : null,
      includedRegions: coverage.regions,
      coverage,
      tooltip: tooltipHtml(labels.series.national, lines),
    };
  });

  return { measure, dates, end, regions: regionModels, national, totalRegions };
}

/** Milliseconds since 1970 of an ISO date (UTC midnight). */
const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** A round upper bound for the value axis: the next multiple of 500 above every figure (and 1 100). */
function residentsAxisMax(model: SeriesModel): number {
  const values = [
    GUIDELINE_RESIDENTS_PER_SPECIALIST,
    ...model.national.map((p) => p.value ?? 0),
    ...model.regions.flatMap((r) => [...r.points.map((p) => p.value ?? 0), ...r.target.map(([, v]) => v ?? 0)]),
  ];
  return roundAxisMax(values, 1.02);
}

/** A legend icon of three dashes (a path scaled into the icon's box). */
const DASHES_ICON = 'path://M0,5h6v2H0z M9,5h6v2H9z M18,5h6v2h-6z';

/** Layout of the chart, in pixels. */
const LEGEND_TOP = 4;
const PLOT_TOP = 64;
const PLOT_LEFT = 64;
const PLOT_RIGHT = 24;
const AXIS_LABEL_SPACE = 28;
const STRIP_ROW = 16;

/**
 * The time series as an ECharts option: one line per selected region plus Riket (Σ/Σ over the regions
 * reporting at each date), gaps where a region did not report. For residents per doctor also the
 * guideline (a markLine at 1 100) and each region's own decided figure as a dashed step line. The
 * decisions are markers in a strip below the plot ("Beslut"), one row per region, on the same time
 * axis. For the FTE gap, Riket (a national total) has its own axis on the right. Pure.
 */
export function buildSeriesOption(input: SeriesOptionInput): EChartsOption {
  const { measure, labels, locale } = input;
  const model = buildSeriesModel(input);
  const tooltips = new Map<string, string[]>();
  const series: (LineSeriesOption | ScatterSeriesOption)[] = [];
  const withStrip = model.regions.some((r) => r.decisions.length > 0);
  const stripHeight = withStrip ? model.regions.length * STRIP_ROW + 8 : 0;
  const nationalOnRightAxis = measure === 'gapTo1100' && model.regions.length > 0;
  const nationalName = nationalOnRightAxis ? labels.series.nationalRightAxis : labels.series.national;

  // One time range for the plot and the strip: every reference date and decision, padded a little.
  const days = [...model.dates, model.end, ...model.regions.flatMap((r) => r.decisions.map((d) => d.date))].sort();
  const first = dayMs(days[0] ?? model.end);
  const last = dayMs(days.at(-1) ?? model.end);
  const pad = Math.max((last - first) * 0.03, 15 * 86_400_000);
  const xRange = { min: first - pad, max: last + pad };

  const referenceLine =
    measure === 'residentsPerDoctor'
      ? { value: GUIDELINE_RESIDENTS_PER_SPECIALIST, label: labels.series.guideline }
      : measure === 'gapTo1100'
        ? { value: 0, label: labels.series.gapZero }
        : null;

  // Riket's line joins only complete points; a partial one (under the coverage threshold) is a hollow
  // point of its own, so coverage never shows as a national change.
  const complete = model.national.filter((p) => p.coverage.complete);
  const partial = model.national.filter((p) => !p.coverage.complete && p.value !== null);
  tooltips.set('national', complete.map((p) => p.tooltip));
  series.push({
    id: 'national',
    type: 'line',
    name: nationalName,
    xAxisIndex: 0,
    yAxisIndex: nationalOnRightAxis ? 1 : 0,
    data: complete.map((p) => [p.date, p.value]),
    connectNulls: false,
    color: NATIONAL_COLOR,
    symbol: 'circle',
    symbolSize: 7,
    lineStyle: { width: 3, color: NATIONAL_COLOR },
    itemStyle: { color: NATIONAL_COLOR },
    z: 3,
  });
  if (partial.length > 0) {
    tooltips.set('national-partial', partial.map((p) => p.tooltip));
    series.push({
      id: 'national-partial',
      type: 'scatter',
      name: labels.series.nationalPartial,
      xAxisIndex: 0,
      yAxisIndex: nationalOnRightAxis ? 1 : 0,
      data: partial.map((p) => [p.date, p.value]),
      symbol: 'emptyCircle',
      symbolSize: 10,
      itemStyle: { color: '#ffffff', borderColor: NATIONAL_COLOR, borderWidth: 2 },
      z: 3,
    });
  }
  if (referenceLine) {
    // On a series of its own (no data), so hiding Riket in the legend keeps the reference line.
    series.push({
      id: 'reference',
      type: 'line',
      name: referenceLine.label,
      xAxisIndex: 0,
      yAxisIndex: 0,
      data: [],
      // The legend's icon: the markLine's own dashes.
      symbol: 'none',
      lineStyle: { color: GUIDELINE_LINE_COLOR, type: 'dashed', width: 1.5 },
      itemStyle: { color: GUIDELINE_LINE_COLOR },
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: GUIDELINE_LINE_COLOR, type: 'dashed', width: 1.5 },
        label: {
          position: 'insideEndTop',
          formatter: () => referenceLine.label,
          color: CHART_TEXT_COLOR,
          lineHeight: 16,
        },
        data: [{ yAxis: referenceLine.value, name: referenceLine.label }],
      },
    });
  }

  model.regions.forEach((region, index) => {
    const style = seriesStyle(index);
    tooltips.set(`value:${region.code}`, region.points.map((p) => p.tooltip));
    series.push({
      id: `value:${region.code}`,
      type: 'line',
      name: region.name,
      xAxisIndex: 0,
      yAxisIndex: 0,
      data: region.points.map((p) => [p.date, p.value]),
      connectNulls: false,
      color: style.color,
      symbol: style.symbol,
      symbolSize: 9,
      lineStyle: { width: 2, color: style.color, type: style.lineType },
      itemStyle: { color: style.color },
    });
    if (measure === 'residentsPerDoctor' && region.target.length > 0) {
      tooltips.set(`target:${region.code}`, region.targetTooltips);
      series.push({
        id: `target:${region.code}`,
        type: 'line',
        // One name for every region's target: one legend entry explains the dashes and toggles them.
        name: labels.series.ownTargetLegend,
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: region.target,
        connectNulls: false,
        color: style.color,
        showSymbol: false,
        symbol: 'none',
        lineStyle: { width: 1.5, color: style.color, type: [6, 4], opacity: 0.9 },
        z: 1,
      });
    }
    if (region.decisions.length > 0) {
      tooltips.set(`decisions:${region.code}`, region.decisions.map((d) => d.tooltip));
      series.push({
        id: `decisions:${region.code}`,
        type: 'scatter',
        // One name for every region's markers, as for the targets: the legend explains the strip.
        name: labels.series.decisionLegend,
        xAxisIndex: 1,
        yAxisIndex: nationalOnRightAxis ? 2 : 1,
        data: region.decisions.map((d) => [d.date, index]),
        symbol: style.symbol,
        symbolSize: 11,
        itemStyle: { color: style.color, borderColor: '#ffffff', borderWidth: 1 },
        z: 4,
      });
    }
  });

  const valueAxisLabel = (value: number): string =>
    measure === 'shareWithNamedContact' ? formatMeasure(measure, value, locale) : formatNumber(value, locale);
  // Time axis labels and ticks exactly at the reference dates (a point of 2025-12-31 is not labelled
  // "2026"); without any report, ECharts' own ticks. Dates print as ISO in local time, as ECharts parses them.
  const isoLabel = (value: number): string => {
    const d = new Date(value);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const custom = model.dates.length > 0 ? { customValues: model.dates } : {};
  const timeAxis = {
    type: 'time' as const,
    ...xRange,
    axisLabel: { hideOverlap: true, color: CHART_MUTED_TEXT_COLOR, lineHeight: 16, formatter: isoLabel, ...custom },
    axisTick: { ...custom },
    axisLine: { lineStyle: { color: CHART_MUTED_TEXT_COLOR } },
    splitLine: { show: model.dates.length > 0, lineStyle: { color: '#eef0f3' } },
  };
  const plotBottom = AXIS_LABEL_SPACE + (withStrip ? stripHeight + 12 : 0);
  const plotRight = nationalOnRightAxis ? PLOT_LEFT : PLOT_RIGHT;
  // Fixed margins ('none': no automatic fitting), so the plot and the strip line up exactly.
  const grid: NonNullable<EChartsOption['grid']> = [
    { left: PLOT_LEFT, right: plotRight, top: PLOT_TOP, bottom: plotBottom, outerBoundsMode: 'none' },
    ...(withStrip ? [{ left: PLOT_LEFT, right: plotRight, bottom: AXIS_LABEL_SPACE, height: stripHeight, outerBoundsMode: 'none' as const }] : []),
  ];

  const yAxes: NonNullable<EChartsOption['yAxis']> = [
    {
      type: 'value',
      gridIndex: 0,
      name: labels.measures[measure],
      nameLocation: 'end',
      nameGap: 12,
      nameTextStyle: { align: 'left', color: CHART_TEXT_COLOR, fontSize: 13, lineHeight: 18 },
      min: measure === 'gapTo1100' ? undefined : 0,
      max: measure === 'shareWithNamedContact' ? 1 : measure === 'residentsPerDoctor' ? residentsAxisMax(model) : undefined,
      axisLabel: { color: CHART_MUTED_TEXT_COLOR, lineHeight: 16, formatter: valueAxisLabel },
      splitLine: { lineStyle: { color: '#e3e6ea' } },
    },
  ];
  if (nationalOnRightAxis) {
    yAxes.push({
      type: 'value',
      gridIndex: 0,
      position: 'right',
      name: labels.series.national,
      nameTextStyle: { align: 'right', color: CHART_TEXT_COLOR, fontSize: 13, lineHeight: 18 },
      axisLine: { show: true, lineStyle: { color: NATIONAL_COLOR, width: 2 } },
      axisLabel: { color: CHART_TEXT_COLOR, lineHeight: 16, formatter: valueAxisLabel },
      splitLine: { show: false },
    });
  }
  if (withStrip) {
    yAxes.push({
      type: 'category',
      gridIndex: 1,
      inverse: true,
      data: model.regions.map((r) => r.name),
      name: labels.series.decisionAxis,
      nameLocation: 'middle',
      nameRotate: 0,
      nameGap: 8,
      nameTextStyle: { align: 'right', color: CHART_TEXT_COLOR, fontSize: 12, lineHeight: 16 },
      axisLabel: { show: false },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#c8ced6' } },
      splitLine: { show: true, lineStyle: { color: '#eef0f3' } },
    });
  }

  // A legend entry for every kind of mark besides the lines: the guideline, the regions' own targets
  // (dashed, each in its region's colour) and the decision markers. Their icons are dashes and a dot
  // drawn as shapes, as ECharts would put a line series' symbol on them.
  const hasTargets = series.some((x) => String(x.id).startsWith('target:'));
  const firstColour = seriesStyle(0).color;
  const markLegend = [
    ...(referenceLine ? [{ name: referenceLine.label, icon: DASHES_ICON, itemStyle: { color: GUIDELINE_LINE_COLOR } }] : []),
    ...(hasTargets ? [{ name: labels.series.ownTargetLegend, icon: DASHES_ICON, itemStyle: { color: firstColour } }] : []),
    ...(withStrip ? [{ name: labels.series.decisionLegend, icon: 'circle', itemStyle: { color: GUIDELINE_LINE_COLOR } }] : []),
  ];

  return {
    // Texts have explicit line heights (below): ECharts otherwise derives them from the width of a CJK
    // glyph, which differs between machines (and from the server's SVG) and can make lines overlap.
    ...CHART_BASE,
    legend: {
      type: 'scroll',
      top: LEGEND_TOP,
      left: 8,
      right: 8,
      data: [
        nationalName,
        ...(partial.length > 0 ? [labels.series.nationalPartial] : []),
        ...model.regions.map((r) => r.name),
        ...markLegend,
      ],
      textStyle: { fontSize: 13, lineHeight: 18, color: CHART_TEXT_COLOR },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      formatter: (params) => {
        if (Array.isArray(params)) return '';
        const html = tooltips.get(String(params.seriesId ?? ''))?.[params.dataIndex];
        return html ?? escapeHtml(params.seriesName);
      },
    },
    grid,
    xAxis: [
      { ...timeAxis, gridIndex: 0, axisLabel: { ...timeAxis.axisLabel, show: !withStrip } },
      ...(withStrip ? [{ ...timeAxis, gridIndex: 1 }] : []),
    ],
    yAxis: yAxes,
    series,
  };
}

/**
 * A plain-language summary of the chart, its text alternative: first and last figure of each selected
 * region with dates, their decisions, and Riket with how many regions it covers. Plain text (not HTML).
 */
export function describeSeries(input: SeriesOptionInput): string {
  const { measure, labels, locale } = input;
  const model = buildSeriesModel(input);
  const unit = labels.units[measure];
  const describe = (name: string, points: readonly SeriesPoint[]): string => {
    const known = points.filter((p): p is SeriesPoint & { value: number } => p.value !== null);
    const first = known[0];
    const last = known.at(-1);
    if (!first || !last) return fillTemplate(labels.summary.none, { region: name });
    if (first === last) {
      return fillTemplate(labels.summary.single, {
        region: name,
        value: formatMeasure(measure, first.value, locale),
        date: first.date,
        unit,
      });
    }
    return fillTemplate(labels.summary.fromTo, {
      region: name,
      from: formatMeasure(measure, first.value, locale),
      fromDate: first.date,
      to: formatMeasure(measure, last.value, locale),
      toDate: last.date,
      unit,
    });
  };

  const sentences: string[] = [];
  for (const region of model.regions) {
    sentences.push(`${describe(region.name, region.points)}.`);
    for (const d of region.decisions) {
      sentences.push(
        `${fillTemplate(labels.summary.decision, {
          region: region.name,
          date: decisionDate(d.decision, labels, locale),
          decision: decisionText(d.decision, labels, locale),
        })}.`,
      );
    }
  }
  // Riket is described only from complete points: a partial one is listed, never read as a change.
  const complete = model.national.filter((p) => p.coverage.complete);
  const partial = model.national.filter((p) => !p.coverage.complete && p.value !== null);
  sentences.push(`${complete.length === 0 && partial.length > 0 ? labels.summary.nationalNoComplete : describe(labels.series.national, complete)}.`);
  const first = complete[0];
  const last = complete.at(-1);
  if (first && last) {
    const note = measure === 'shareWithNamedContact' ? labels.summary.nationalNoteShare : labels.summary.nationalNote;
    sentences.push(
      fillTemplate(note, {
        first: first.date,
        firstCount: first.includedRegions.length,
        last: last.date,
        lastCount: last.includedRegions.length,
        total: model.totalRegions,
      }),
    );
  }
  if (partial.length > 0) {
    sentences.push(
      fillTemplate(labels.summary.partialNote, {
        dates: partial
          .map((p) => `${p.date} (${formatMeasure(measure, p.value ?? 0, locale)} ${unit}; ${coverageText(p.coverage, labels, locale)})`)
          .join(', '),
      }),
    );
  }
  if (measure === 'gapTo1100') sentences.push(labels.summary.gapNote);
  const summary = sentences.join(' ');
  return summary;
}
