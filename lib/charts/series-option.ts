import type { EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST } from '@/lib/domain/metrics';
import { formatNumber } from '@/lib/i18n/format';
import { formatMeasure } from './common';
import { escapeHtml } from './escape';
import { roundAxisMax } from './layout';
import {
  CHART_BASE,
  CHART_FONT_FAMILY,
  CHART_MUTED_TEXT_COLOR,
  CHART_TEXT_COLOR,
  GUIDELINE_LINE_COLOR,
  NATIONAL_COLOR,
  seriesStyle,
} from './palette';
import { buildSeriesModel, type SeriesModel, type SeriesOptionInput } from './series-model';


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
