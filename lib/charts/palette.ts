import type { DecisionState } from '@/lib/domain/decisions';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST } from '@/lib/domain/metrics';
import type { ChartLabels } from './labels';

/**
 * Colours of the charts, safe for colour-vision deficiencies (Okabe & Ito; Paul Tol's YlOrBr), and
 * never the only cue: every class has a text label (legend, tooltip), and the grey "missing" classes
 * also carry a hatch pattern on the map.
 */

/** The app's font (app/globals.css), so that chart text matches the page, on screen and in downloads. */
export const CHART_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
export const CHART_TEXT_COLOR = '#1b1b1b';

/**
 * What every chart option starts from: a white ground (pictures are downloaded as drawn), the page's
 * font and text colour, and no ECharts aria description (each chart's container carries its name, and
 * its table or text alternative sits beside it).
 */
export const CHART_BASE = {
  animationDuration: 300,
  backgroundColor: '#ffffff',
  textStyle: { fontFamily: CHART_FONT_FAMILY, color: CHART_TEXT_COLOR },
  aria: { enabled: false },
} as const;
export const CHART_MUTED_TEXT_COLOR = '#4a4a4a';
/** Region borders on the map: dark enough to outline light regions against the white page (≥ 3:1). */
export const MAP_BORDER_COLOR = '#4a4a4a';
/** Grey for "not reported" / "no known decision": a missing state, never a value. */
export const MISSING_COLOR = '#cccccc';
/** Diagonal hatch on the grey classes, so missing is told apart without colour (a fresh object each time). */
export function missingDecal() {
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: HATCH_COLOR,
    dashArrayX: [1, 0],
    dashArrayY: [HATCH_LINE_WIDTH, HATCH_PERIOD - HATCH_LINE_WIDTH],
    // eslint-disable-next-line no-restricted-syntax -- an angle
    rotation: Math.PI / 4,
  };
}

export interface PaletteEntry<K extends string, L extends string> {
  key: K;
  color: string;
  /** Key of the legend text in the "charts" messages (`decision.kinds.*` or `bins.*`). */
  labelKey: L;
  /** True for the grey states that are not a value. */
  missing: boolean;
}

type DecisionLabelKey = keyof ChartLabels['decision']['states'];

/**
 * In legend order (lib/domain DECISION_STATES): decided figures in blues by how they stand to 1 100
 * (darkest = strictest), then the kinds without a figure, and grey with a hatch for nothing known.
 * "No decision" (a source says none existed) is a fact and has a colour; "nothing known" does not.
 */
export const DECISION_PALETTE: readonly PaletteEntry<DecisionState, DecisionLabelKey>[] = [
  { key: 'figure_stricter', color: '#08306B', labelKey: 'figure_stricter', missing: false },
  { key: 'figure_1100', color: '#0072B2', labelKey: 'figure_1100', missing: false },
  { key: 'figure_looser', color: '#9ECAE1', labelKey: 'figure_looser', missing: false },
  { key: 'reduction_no_figure', color: '#009E73', labelKey: 'reduction_no_figure', missing: false },
  { key: 'ambition', color: '#F0E442', labelKey: 'ambition', missing: false },
  { key: 'no_decision', color: '#E69F00', labelKey: 'no_decision', missing: false },
  { key: 'declined', color: '#CC79A7', labelKey: 'declined', missing: false },
  { key: 'revoked', color: '#8C2D04', labelKey: 'revoked', missing: false },
  { key: 'unknown', color: MISSING_COLOR, labelKey: 'unknown', missing: true },
];

/** Bins of residents per fast läkarkontakt, anchored on the guideline (lower is better). */
export type ResidentsBin = 'meets' | 'upTo1500' | 'upTo2000' | 'upTo2500' | 'over2500';
/** A bin, or one of the two missing states: no report at all, or a report without a usable figure. */
export type ResidentsClass = ResidentsBin | 'not_reported' | 'no_value';

type BinLabelKey = Exclude<keyof ChartLabels['bins'], 'legendTitle'>;

export interface ResidentsBinEntry extends PaletteEntry<ResidentsClass, BinLabelKey> {
  /** Inclusive upper bound of the bin (null: unbounded, or a missing state). */
  max: number | null;
}

/** In legend order. Meets the guideline in blue, as on the decision map; then light to dark. */
export const RESIDENTS_PALETTE: readonly ResidentsBinEntry[] = [
  { key: 'meets', max: GUIDELINE_RESIDENTS_PER_SPECIALIST, color: '#0072B2', labelKey: 'meets', missing: false },
  { key: 'upTo1500', max: 1500, color: '#FEE391', labelKey: 'upTo1500', missing: false },
  { key: 'upTo2000', max: 2000, color: '#FB9A29', labelKey: 'upTo2000', missing: false },
  { key: 'upTo2500', max: 2500, color: '#CC4C02', labelKey: 'upTo2500', missing: false },
  { key: 'over2500', max: null, color: '#662506', labelKey: 'over2500', missing: false },
  { key: 'not_reported', max: null, color: MISSING_COLOR, labelKey: 'not_reported', missing: true },
  { key: 'no_value', max: null, color: '#e8e8e8', labelKey: 'no_value', missing: true },
];

/**
 * The bin of a residents-per-doctor figure. The figure is binned as it is shown (rounded to a whole
 * resident), so the colour always agrees with the printed number: 1 100 (and 1 100.4) meets the
 * guideline, 1 101 (and 1 100.5, shown as 1 101) does not. Missing or non-finite: "not_reported".
 */
export function residentsPerDoctorBin(value: number | null | undefined): ResidentsBin | 'not_reported' {
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return 'not_reported';
  const shown = Math.round(value);
  for (const entry of RESIDENTS_PALETTE) {
    if (entry.missing) continue;
    if (entry.max === null || shown <= entry.max) return entry.key as ResidentsBin;
  }
  return 'over2500';
}

/** Bins of the share of residents with a named fast läkarkontakt (higher is better). */
export type ShareClass = 'under25' | 'under50' | 'under75' | 'atLeast75' | 'not_reported' | 'not_known';

type ShareLabelKey = Exclude<keyof ChartLabels['shareBins'], 'legendTitle'>;

export interface ShareBinEntry extends PaletteEntry<ShareClass, ShareLabelKey> {
  /** Exclusive upper bound of the bin, as a share 0–1 (null: unbounded, or a missing state). */
  below: number | null;
}

/** In legend order; YlGnBu (ColorBrewer), light to dark as the share grows. */
export const SHARE_PALETTE: readonly ShareBinEntry[] = [
  { key: 'under25', below: 0.25, color: '#EDF8B1', labelKey: 'under25', missing: false },
  { key: 'under50', below: 0.5, color: '#7FCDBB', labelKey: 'under50', missing: false },
  { key: 'under75', below: 0.75, color: '#2C7FB8', labelKey: 'under75', missing: false },
  { key: 'atLeast75', below: null, color: '#253494', labelKey: 'atLeast75', missing: false },
  { key: 'not_reported', below: null, color: MISSING_COLOR, labelKey: 'not_reported', missing: true },
  { key: 'not_known', below: null, color: '#e8e8e8', labelKey: 'not_known', missing: true },
];

/** The bin of a share, as it is shown (whole percent), so the colour agrees with the printed figure. */
export function shareBin(share: number): Exclude<ShareClass, 'not_reported' | 'not_known'> {
  const shownPercent = Math.round(share * 100);
  for (const entry of SHARE_PALETTE) {
    if (entry.missing) continue;
    if (entry.below === null || shownPercent < entry.below * 100) return entry.key as Exclude<ShareClass, 'not_reported' | 'not_known'>;
  }
  return 'atLeast75';
}

/** The hatch drawn over missing classes, on the map (as a decal) and in its legend (as lines). */
export const HATCH_COLOR = 'rgba(0, 0, 0, 0.28)';
export const HATCH_LINE_WIDTH = 2;
export const HATCH_PERIOD = 6;

/** Line colours for regions in the time series: dark enough for 3:1 against white. */
const SERIES_COLORS = ['#0072B2', '#D55E00', '#117733', '#AA4499', '#999933', '#332288', '#882255'] as const;
/** Marker shapes, so lines are told apart without colour. */
export const SERIES_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'] as const;
export const SERIES_LINE_TYPES = ['solid', 'dashed', 'dotted'] as const;
/** Riket: near-black and thicker than the regions. */
export const NATIONAL_COLOR = '#1b1b1b';
export const GUIDELINE_LINE_COLOR = '#4a4a4a';

export function seriesStyle(index: number): {
  color: string;
  symbol: (typeof SERIES_SYMBOLS)[number];
  lineType: (typeof SERIES_LINE_TYPES)[number];
} {
  const i = Math.max(0, index);
  return {
    color: SERIES_COLORS[i % SERIES_COLORS.length] ?? NATIONAL_COLOR,
    symbol: SERIES_SYMBOLS[i % SERIES_SYMBOLS.length] ?? 'circle',
    // eslint-disable-next-line no-restricted-syntax -- a style index
    lineType: SERIES_LINE_TYPES[Math.floor(i / SERIES_COLORS.length) % SERIES_LINE_TYPES.length] ?? 'solid',
  };
}
