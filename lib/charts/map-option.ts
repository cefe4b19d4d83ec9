import type { EChartsOption } from 'echarts';
import type { DashboardData, DashboardDecision } from '@/lib/dashboard/types';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import { formatNumber } from '@/lib/i18n/format';
import {
  decisionLines,
  formatMeasure,
  regionName,
  snapshotRows,
  tooltipHtml,
} from './common';
import { escapeHtml } from './escape';
import { MAP_NAME, MAP_NAME_PROPERTY } from './map-name';
import { fillTemplate, type ChartLabels } from './labels';
import {
  CHART_FONT_FAMILY,
  CHART_MUTED_TEXT_COLOR,
  CHART_TEXT_COLOR,
  DECISION_PALETTE,
  MAP_BORDER_COLOR,
  RESIDENTS_PALETTE,
  decisionCategory,
  missingDecal,
  residentsPerDoctorBin,
  type DecisionCategory,
  type ResidentsClass,
} from './palette';

export { MAP_NAME, MAP_NAME_PROPERTY } from './map-name';

export type MapMeasure = 'decision' | 'residentsPerDoctor';

export interface MapOptionInput {
  data: DashboardData;
  /** ISO date: each region shows the latest decision / report on or before this day, never a later one. */
  asOf: string;
  measure: MapMeasure;
  labels: ChartLabels;
  locale: string;
  /** Print region names on the map (off by default: the legend, tooltip and table carry them). */
  showRegionLabels?: boolean;
}

export interface MapRegionItem {
  code: string;
  name: string;
  /** The colour class: the decision in force, or the bin / missing state of residents per doctor. */
  category: DecisionCategory | ResidentsClass;
  /** Residents per fast läkarkontakt (measure residentsPerDoctor), null when missing or not shown. */
  value: number | null;
  decision: DashboardDecision | null;
  /** Escaped tooltip HTML. */
  tooltip: string;
}

/** One item per region with its class and tooltip, for the map and for tests. */
export function buildMapItems({ data, asOf, measure, labels, locale }: MapOptionInput): MapRegionItem[] {
  const snapshot = snapshotAsOf(snapshotRows(data), asOf);
  return snapshot.regions.map((s): MapRegionItem => {
    const name = regionName(s.region, locale);
    if (measure === 'decision') {
      return {
        code: s.region.code,
        name,
        category: decisionCategory(s.decision),
        value: null,
        decision: s.decision,
        tooltip: tooltipHtml(name, decisionLines(s.decision, labels, locale)),
      };
    }

    const figure = s.residentsPerDoctor;
    const category: ResidentsClass =
      figure.kind === 'value'
        ? residentsPerDoctorBin(figure.value)
        : figure.reason === 'not_reported'
          ? 'not_reported'
          : 'no_value';
    const lines: [string | null, string][] = [];
    if (figure.kind === 'value') {
      lines.push([null, `${formatMeasure('residentsPerDoctor', figure.value, locale)} ${labels.units.residentsPerDoctor}`]);
    } else {
      lines.push([null, labels.missing[figure.reason]]);
    }
    if (s.report) {
      const reportWhen = s.reportPopulation
        ? `${s.report.referenceDate}, ${fillTemplate(labels.tooltip.populationYear, { year: s.reportPopulation.year })}`
        : s.report.referenceDate;
      lines.push([labels.tooltip.referenceDate, reportWhen]);
      lines.push([labels.tooltip.source, s.report.isExample ? `${s.report.source} (${labels.tooltip.example})` : s.report.source]);
    }
    if (s.ownTarget !== null) lines.push([labels.tooltip.ownTarget, formatNumber(s.ownTarget, locale)]);
    return {
      code: s.region.code,
      name,
      category,
      value: figure.kind === 'value' ? figure.value : null,
      decision: s.decision,
      tooltip: tooltipHtml(name, lines),
    };
  });
}

/** Legend layout, in pixels. */
const LEGEND_TOP = 62;
const LEGEND_ITEM_HEIGHT = 14;
const LEGEND_ITEM_GAP = 8;
/** Below this chart width the legend goes above the map rather than beside it. */
const NARROW_WIDTH = 520;
/** The attribution's wrapping width on a narrow screen (fits a 320 px wide phone). */
const NARROW_TEXT_WIDTH = 300;

interface Piece {
  key: string;
  color: string;
  label: string;
  missing: boolean;
}

function piecesFor(measure: MapMeasure, labels: ChartLabels, present: ReadonlySet<string>): Piece[] {
  if (measure === 'decision') {
    return DECISION_PALETTE.map((e) => ({ key: e.key, color: e.color, label: labels.decision.kinds[e.labelKey], missing: e.missing }));
  }
  // "Uppgift saknas" (a report without a usable figure) is rare: listed only when it occurs.
  return RESIDENTS_PALETTE.filter((e) => e.key !== 'no_value' || present.has('no_value')).map((e) => ({
    key: e.key,
    color: e.color,
    label: labels.bins[e.labelKey],
    missing: e.missing,
  }));
}

/**
 * The national map as an ECharts option for a `map` series on the registered map 'sweden' (regions
 * matched by SCB code). Each region's value is the index of its class; a piecewise visualMap with
 * text labels is the legend. Regions without a report (or without a known decision) are grey with a
 * hatch and their own legend text, never coloured as a value. Pure: the same input gives the same option.
 */
export function buildMapOption(input: MapOptionInput): EChartsOption {
  const { measure, labels, asOf } = input;
  const items = buildMapItems(input);
  const pieces = piecesFor(measure, labels, new Set(items.map((i) => i.category)));
  const indexOf = new Map(pieces.map((p, i) => [p.key, i]));
  const tooltips = new Map(items.map((i) => [i.code, i.tooltip]));
  const names = new Map(items.map((i) => [i.code, i.name]));
  const attributionStyle = {
    text: labels.map.attribution,
    fontSize: 10,
    lineHeight: 14,
    fill: CHART_MUTED_TEXT_COLOR,
    fontFamily: CHART_FONT_FAMILY,
  };
  const legendTitle = measure === 'decision' ? labels.decision.legendTitle : labels.bins.legendTitle;

  return {
    animationDurationUpdate: 300,
    backgroundColor: '#ffffff',
    // Texts have explicit line heights: ECharts otherwise derives them from the width of a CJK glyph,
    // which differs between machines (and from the server's SVG) and can make lines overlap.
    textStyle: { fontFamily: CHART_FONT_FAMILY, color: CHART_TEXT_COLOR },
    title: {
      text: legendTitle,
      subtext: fillTemplate(labels.map.asOf, { date: asOf }),
      left: 8,
      top: 8,
      itemGap: 4,
      textStyle: { fontSize: 15, lineHeight: 20, fontWeight: 'bold', color: CHART_TEXT_COLOR },
      subtextStyle: { fontSize: 13, lineHeight: 18, color: CHART_MUTED_TEXT_COLOR },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      // Precomputed, escaped HTML; anything unexpected is escaped too.
      formatter: (params) => {
        const name = Array.isArray(params) ? '' : String(params.name ?? '');
        return tooltips.get(name) ?? escapeHtml(name);
      },
    },
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      dimension: 0,
      selectedMode: false,
      // Legend in palette order, top to bottom.
      inverse: true,
      orient: 'vertical',
      left: 8,
      top: LEGEND_TOP,
      itemWidth: 18,
      itemHeight: LEGEND_ITEM_HEIGHT,
      itemGap: LEGEND_ITEM_GAP,
      textGap: 8,
      textStyle: { fontSize: 13, lineHeight: 18, color: CHART_TEXT_COLOR },
      pieces: pieces.map((p, i) => ({ value: i, label: p.label, color: p.color })),
      outOfRange: { color: pieces.find((p) => p.missing)?.color ?? '#cccccc' },
    },
    graphic: [
      {
        id: 'attribution',
        type: 'text',
        left: 8,
        bottom: 6,
        silent: true,
        style: attributionStyle,
      },
    ],
    series: [
      {
        id: 'map',
        type: 'map',
        map: MAP_NAME,
        nameProperty: MAP_NAME_PROPERTY,
        // Sweden lies around 62° N: scale longitude by about cos(62°) so the country keeps its shape.
        aspectScale: 0.5,
        top: 16,
        bottom: 28,
        left: 'center',
        roam: false,
        selectedMode: false,
        itemStyle: { borderColor: MAP_BORDER_COLOR, borderWidth: 0.6 },
        label: {
          show: input.showRegionLabels ?? false,
          fontSize: 10,
          lineHeight: 14,
          color: CHART_TEXT_COLOR,
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
          formatter: (params) => names.get(String(params.name)) ?? '',
        },
        emphasis: {
          label: { show: input.showRegionLabels ?? false },
          itemStyle: { borderColor: '#000000', borderWidth: 2 },
        },
        data: items.map((item) => {
          const index = indexOf.get(item.category) ?? 0;
          const piece = pieces[index];
          return {
            name: item.code,
            value: index,
            // Keep the class colour on hover (ECharts would otherwise paint a highlight colour).
            emphasis: { itemStyle: { areaColor: piece?.color } },
            ...(piece?.missing ? { itemStyle: { decal: missingDecal() } } : {}),
          };
        }),
      },
    ],
    // On a narrow screen the legend would cover the north: the map goes below it instead, and the
    // attribution wraps.
    media: [
      {
        query: { maxWidth: NARROW_WIDTH },
        option: {
          series: [{ id: 'map', top: LEGEND_TOP + pieces.length * (LEGEND_ITEM_HEIGHT + LEGEND_ITEM_GAP) + 8, bottom: 40 }],
          graphic: [{ id: 'attribution', type: 'text', style: { ...attributionStyle, width: NARROW_TEXT_WIDTH, overflow: 'break' } }],
        },
      },
    ],
  };
}
