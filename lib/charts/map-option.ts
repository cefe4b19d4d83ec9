import type { EChartsOption } from 'echarts';
import type { DashboardData, DashboardDecision } from '@/lib/domain/dashboard-data';
import { decisionState, type DecisionState } from '@/lib/domain/decisions';
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
  HATCH_COLOR,
  HATCH_LINE_WIDTH,
  HATCH_PERIOD,
  MAP_BORDER_COLOR,
  RESIDENTS_PALETTE,
  SHARE_PALETTE,
  missingDecal,
  residentsPerDoctorBin,
  shareBin,
  type ResidentsClass,
  type ShareClass,
} from './palette';

export { MAP_NAME } from './map-name';

export type MapMeasure = 'decision' | 'residentsPerDoctor' | 'shareWithNamedContact';

export interface MapOptionInput {
  data: DashboardData;
  /** ISO date: each region shows the latest decision / report on or before this day, never a later one. */
  asOf: string;
  measure: MapMeasure;
  labels: ChartLabels;
  locale: string;
}

type MapCategory = DecisionState | ResidentsClass | ShareClass;

export interface MapRegionItem {
  code: string;
  name: string;
  /** The colour class: the state of the decision in force, or the bin / missing state of the measure. */
  category: MapCategory;
  /** The measure's figure (residents per doctor, or the share 0–1), null when missing or not shown. */
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
    const base = { code: s.region.code, name, decision: s.decision };
    if (measure === 'decision') {
      return { ...base, category: decisionState(s.decision), value: null, tooltip: tooltipHtml(name, decisionLines(s.decision, labels, locale)) };
    }

    if (measure === 'shareWithNamedContact') {
      const standing = s.shareWithNamedContact;
      const figure = standing.measure;
      const category: ShareClass =
        figure.kind === 'value' ? shareBin(figure.value) : figure.reason === 'not_reported' ? 'not_reported' : 'not_known';
      const lines: [string | null, string][] = [
        [null, figure.kind === 'value' ? `${formatMeasure(measure, figure.value, locale)} ${labels.units.shareWithNamedContact}` : labels.shareBins[category as 'not_reported' | 'not_known']],
      ];
      if (standing.referenceDate) lines.push([labels.tooltip.referenceDate, standing.referenceDate]);
      const fact = standing.from === 'source' ? data.namedContactShares.find((f) => f.regionCode === s.region.code && f.referenceDate === standing.referenceDate) : undefined;
      if (fact) lines.push([labels.tooltip.source, fact.sourceTitle]);
      if (standing.from === 'report') lines.push([labels.tooltip.shareSource, labels.tooltip.shareFromReport]);
      return { ...base, category, value: figure.kind === 'value' ? figure.value : null, tooltip: tooltipHtml(name, lines) };
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
      // The report is measured against the target in force on its own date, never a later one.
      if (s.reportTarget !== null) lines.push([labels.tooltip.targetAtReport, formatNumber(s.reportTarget, locale)]);
    }
    if (s.ownTarget !== null && s.ownTarget !== s.reportTarget) lines.push([labels.tooltip.ownTarget, formatNumber(s.ownTarget, locale)]);
    return { ...base, category, value: figure.kind === 'value' ? figure.value : null, tooltip: tooltipHtml(name, lines) };
  });
}

/** Legend layout, in pixels. */
const LEGEND_TOP = 62;
const LEGEND_ITEM_WIDTH = 18;
const LEGEND_ITEM_HEIGHT = 14;
const LEGEND_ITEM_GAP = 8;
/** Below this chart width the legend goes above the map rather than beside it. */
const NARROW_WIDTH = 520;
/** The attribution's wrapping width on a narrow screen (fits a 320 px wide phone). */
const NARROW_TEXT_WIDTH = 240;
/**
 * On a chart large enough the regions carry their SCB codes on the map, with a key from code to name
 * at the right and the map centred between legend and key. Smaller, the southern regions are too
 * small for a legible mark: the decision table under the map names every region there.
 */
const LABELLED_MIN_HEIGHT = 400;
/** Heights are taken in bands of this many pixels, each with the width its map needs. */
const LABELLED_BAND = 100;
const LABELLED_MAX_HEIGHT = 1200;
/** Sweden's outline drawn with aspectScale 0.5 is 0.48 times as wide as tall; rounded up. */
const MAP_ASPECT = 0.5;
const MAP_TOP = 16;
const MAP_BOTTOM = 28;
const KEY_ROW = 16;
/** An estimate of a text's width (no font metrics in a pure builder): generous, so nothing overlaps. */
const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.6);

/** A region's name as the key gives it: "Region Jönköpings län" → "Jönköping", "Västra Götalandsregionen" → "Västra Götaland". */
export function shortRegionName(name: string): string {
  return name
    .replace(/^Region /, '')
    .replace(/sregionen$/, '')
    .replace(/s? län$| County$/, '');
}

interface MapKeyEntry {
  code: string;
  name: string;
}

/** The key from the codes on the map to the regions' names, in code order. */
function mapKeyEntries(items: readonly Pick<MapRegionItem, 'code' | 'name'>[]): MapKeyEntry[] {
  return [...items].sort((a, b) => a.code.localeCompare(b.code)).map((item) => ({ code: item.code, name: shortRegionName(item.name) }));
}

const keyLine = (entry: MapKeyEntry) => `${entry.code}  ${entry.name}`;

/**
 * The chart sizes at which the codes and the key are shown: for each band of heights, the width at
 * which the map (as wide as MAP_ASPECT times its height), centred, clears both the legend and the key.
 */
function labelledSizes(legendWidth: number, keyWidth: number): { minWidth: number; minHeight: number; maxHeight: number }[] {
  const sizes = [];
  for (let minHeight = LABELLED_MIN_HEIGHT; minHeight < LABELLED_MAX_HEIGHT; minHeight += LABELLED_BAND) {
    const maxHeight = minHeight + LABELLED_BAND;
    const mapWidth = MAP_ASPECT * (maxHeight - MAP_TOP - MAP_BOTTOM);
    sizes.push({ minWidth: Math.ceil(2 * (Math.max(legendWidth, keyWidth) + 16) + mapWidth), minHeight, maxHeight });
  }
  return sizes;
}

interface MapLegendPiece {
  key: string;
  color: string;
  label: string;
  /** A missing state: grey with the hatch, on the map and in the legend alike. */
  missing: boolean;
}

function mapLegendPieces(measure: MapMeasure, labels: ChartLabels, present: ReadonlySet<string>): MapLegendPiece[] {
  if (measure === 'decision') {
    return DECISION_PALETTE.map((e) => ({ key: e.key, color: e.color, label: labels.decision.states[e.labelKey], missing: e.missing }));
  }
  if (measure === 'shareWithNamedContact') {
    return SHARE_PALETTE.map((e) => ({ key: e.key, color: e.color, label: labels.shareBins[e.labelKey], missing: e.missing }));
  }
  // "Uppgift saknas" (a report without a usable figure) is rare: listed only when it occurs.
  return RESIDENTS_PALETTE.filter((e) => e.key !== 'no_value' || present.has('no_value')).map((e) => ({
    key: e.key,
    color: e.color,
    label: labels.bins[e.labelKey],
    missing: e.missing,
  }));
}

/** The 45° hatch lines inside a swatch at (x, y), clipped to it: the same pattern as the map's decal. */
function hatchLines(x: number, y: number, width: number, height: number): { x1: number; y1: number; x2: number; y2: number }[] {
  const step = HATCH_PERIOD * Math.SQRT2;
  const lines: { x1: number; y1: number; x2: number; y2: number }[] = [];
  // Lines y' = x' + c rising to the right (local coordinates), for c across the swatch.
  // eslint-disable-next-line no-restricted-syntax -- pixels
  for (let c = -width + step / 2; c < height; c += step) {
    const x1 = Math.max(0, -c);
    const x2 = Math.min(width, height - c);
    if (x2 <= x1) continue;
    lines.push({ x1: x + x1, y1: y + height - (x1 + c), x2: x + x2, y2: y + height - (x2 + c) });
  }
  return lines;
}

/**
 * The legend, drawn rather than left to ECharts' visualMap, so every swatch is exactly the map's fill:
 * the same colour, and the same hatch for the missing states.
 */
function legendGraphic(pieces: readonly MapLegendPiece[]) {
  const children = pieces.flatMap((piece, i) => {
    const y = i * (LEGEND_ITEM_HEIGHT + LEGEND_ITEM_GAP);
    return [
      {
        type: 'rect' as const,
        name: `swatch:${piece.key}`,
        shape: { x: 0, y, width: LEGEND_ITEM_WIDTH, height: LEGEND_ITEM_HEIGHT },
        style: { fill: piece.color, stroke: MAP_BORDER_COLOR, lineWidth: 0.6 },
      },
      ...(piece.missing
        ? hatchLines(0, y, LEGEND_ITEM_WIDTH, LEGEND_ITEM_HEIGHT).map((shape) => ({
            type: 'line' as const,
            name: `hatch:${piece.key}`,
            shape,
            style: { stroke: HATCH_COLOR, lineWidth: HATCH_LINE_WIDTH },
          }))
        : []),
      {
        type: 'text' as const,
        name: `label:${piece.key}`,
        x: LEGEND_ITEM_WIDTH + 8,
        // eslint-disable-next-line no-restricted-syntax -- pixels
        y: y + LEGEND_ITEM_HEIGHT / 2,
        style: {
          text: piece.label,
          fill: CHART_TEXT_COLOR,
          fontSize: 13,
          lineHeight: 18,
          fontFamily: CHART_FONT_FAMILY,
          verticalAlign: 'middle' as const,
        },
      },
    ];
  });
  return { id: 'legend', type: 'group' as const, left: 8, top: LEGEND_TOP, silent: true, children };
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
  const pieces = mapLegendPieces(measure, labels, new Set(items.map((i) => i.category)));
  const indexOf = new Map(pieces.map((p, i) => [p.key, i]));
  const tooltips = new Map(items.map((i) => [i.code, i.tooltip]));
  const key = mapKeyEntries(items);
  const legendTitle =
    measure === 'decision' ? labels.decision.legendTitle : measure === 'shareWithNamedContact' ? labels.shareBins.legendTitle : labels.bins.legendTitle;
  const legendWidth = 8 + Math.max(textWidth(legendTitle, 15), ...pieces.map((p) => LEGEND_ITEM_WIDTH + 8 + textWidth(p.label, 13)));
  const keyWidth = 8 + Math.max(textWidth(labels.map.keyTitle, 13), ...key.map((entry) => textWidth(keyLine(entry), 12)));

  return {
    animationDurationUpdate: 300,
    backgroundColor: '#ffffff',
    // Texts have explicit line heights: ECharts otherwise derives them from the width of a CJK glyph,
    // which differs between machines (and from the server's SVG) and can make lines overlap.
    textStyle: { fontFamily: CHART_FONT_FAMILY, color: CHART_TEXT_COLOR },
    // Titles, not graphic elements, for what changes with the chart's size: ECharts' media queries
    // drop every graphic element (the legend too) when they touch one.
    title: [
      {
        id: 'title',
        text: legendTitle,
        subtext: fillTemplate(labels.map.asOf, { date: asOf }),
        left: 8,
        top: 8,
        itemGap: 4,
        textStyle: { fontSize: 15, lineHeight: 20, fontWeight: 'bold', color: CHART_TEXT_COLOR },
        subtextStyle: { fontSize: 13, lineHeight: 18, color: CHART_MUTED_TEXT_COLOR },
      },
      {
        // The key from the codes on the map to the names, shown where the codes are (media below).
        id: 'key',
        show: false,
        text: labels.map.keyTitle,
        subtext: key.map(keyLine).join('\n'),
        right: 8,
        top: 8,
        itemGap: 6,
        textAlign: 'left',
        textStyle: { fontSize: 13, lineHeight: 18, fontWeight: 'bold', color: CHART_TEXT_COLOR },
        subtextStyle: { fontSize: 12, lineHeight: KEY_ROW, color: CHART_TEXT_COLOR },
      },
      {
        id: 'attribution',
        text: labels.map.attribution,
        left: 8,
        bottom: 6,
        textStyle: { fontSize: 10, lineHeight: 14, fontWeight: 'normal', color: CHART_MUTED_TEXT_COLOR },
      },
    ],
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
    // The colour mapping only; the legend is drawn (legendGraphic) so its swatches match the fills.
    visualMap: {
      type: 'piecewise',
      show: false,
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
    graphic: [legendGraphic(pieces)],
    series: [
      {
        id: 'map',
        type: 'map',
        map: MAP_NAME,
        nameProperty: MAP_NAME_PROPERTY,
        // Sweden lies around 62° N: scale longitude by about cos(62°) so the country keeps its shape.
        aspectScale: 0.5,
        top: MAP_TOP,
        bottom: MAP_BOTTOM,
        left: 'center',
        roam: false,
        selectedMode: false,
        itemStyle: { borderColor: MAP_BORDER_COLOR, borderWidth: 0.6 },
        // The region's SCB code (the key gives the name), shown only on a large enough chart (media).
        label: {
          show: false,
          fontSize: 11,
          lineHeight: 14,
          fontWeight: 'bold',
          color: CHART_TEXT_COLOR,
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
          formatter: (params) => String(params.name),
        },
        emphasis: {
          label: { show: false },
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
    // attribution wraps. On a large one the regions carry their codes, with the key.
    media: [
      {
        query: { maxWidth: NARROW_WIDTH },
        option: {
          series: [{ id: 'map', top: LEGEND_TOP + pieces.length * (LEGEND_ITEM_HEIGHT + LEGEND_ITEM_GAP) + 8, bottom: 40 }],
          title: [{ id: 'title' }, { id: 'key' }, { id: 'attribution', textStyle: { width: NARROW_TEXT_WIDTH, overflow: 'break' } }],
        },
      },
      ...labelledSizes(legendWidth, keyWidth).map((query) => ({
        query,
        option: {
          series: [{ id: 'map', label: { show: true }, emphasis: { label: { show: true } } }],
          title: [{ id: 'title' }, { id: 'key', show: true }, { id: 'attribution' }],
        },
      })),
    ],
  };
}
