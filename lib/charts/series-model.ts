import type { DashboardData, DashboardDecision, DashboardRegion } from '@/lib/domain/dashboard-data';
import { decisionsInOrder, ownTarget } from '@/lib/domain/decisions';
import type { Measure } from '@/lib/domain/metrics';
import { nationalSeries, type Coverage } from '@/lib/domain/national';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import { formatNumber } from '@/lib/i18n/format';
import { coverageText, decisionDate, decisionLines, formatMeasure, regionName, snapshotRows, tooltipHtml, type SeriesMeasure } from './common';
import { fillTemplate, type ChartLabels } from './labels';

/**
 * The time series' figures and texts, before any drawing: each selected region's points, its own
 * decided figure as a step line and its decisions, and Riket's points with their coverage. Pure; the
 * chart (series-option), its text alternative (series-summary) and the chart's file (view-export) read it.
 */

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

interface NationalPoint extends SeriesPoint {
  /** Regions counted in Σ population / Σ capacity (or Σ named / Σ population) at this date. */
  includedRegions: string[];
  /** Which regions and what share of the population the figure covers (lib/domain/national). */
  coverage: Coverage;
}

interface RegionSeriesModel {
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
