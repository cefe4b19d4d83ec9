import type { DashboardData, DashboardDecision, DashboardRegion } from '@/lib/domain/dashboard-data';
import type { Coverage } from '@/lib/domain/national';
import type { SnapshotRows } from '@/lib/domain/snapshot';
import type { DashboardPopulation, DashboardReport } from '@/lib/domain/dashboard-data';
import { decidingBodyText } from '@/lib/i18n/deciding-body';
import { formatNumber, formatPartialDate } from '@/lib/i18n/format';
import { escapeHtml } from './escape';
import { fillTemplate, type ChartLabels } from './labels';

/** The dashboard rows in the shape the pure domain functions read. */
export function snapshotRows(
  data: DashboardData,
): SnapshotRows<DashboardRegion, DashboardPopulation, DashboardDecision, DashboardReport> {
  return {
    regions: data.regions,
    population: data.population,
    decisions: data.decisions,
    staffing: data.reports,
    namedContactShares: data.namedContactShares,
  };
}

export const regionName = (region: DashboardRegion, locale: string): string => (locale === 'en' ? region.nameEn : region.nameSv);

export type SeriesMeasure = 'residentsPerDoctor' | 'gapTo1100' | 'shareWithNamedContact';

/** A figure as it is printed: whole residents, FTE with one decimal, shares as whole percent. */
export function formatMeasure(measure: SeriesMeasure, value: number, locale: string): string {
  switch (measure) {
    case 'residentsPerDoctor':
      return formatNumber(value, locale, 0);
    case 'gapTo1100':
      return formatNumber(value, locale, 1);
    case 'shareWithNamedContact':
      return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(
        value,
      );
  }
}

/** "Beslut: 1 500 invånare per fast läkarkontakt, som steg mot 1 100" etc. (plain text, not escaped). */
export function decisionText(decision: DashboardDecision | null, labels: ChartLabels, locale: string): string {
  if (!decision) return labels.decision.detail.unknown;
  const figure = decision.targetFigure === null ? '' : formatNumber(decision.targetFigure, locale);
  switch (decision.kind) {
    case 'decided_1100':
      return fillTemplate(labels.decision.detail.decided_1100, { figure });
    case 'decided_figure':
      return fillTemplate(
        decision.targetType === 'interim' ? labels.decision.detail.decided_figure_interim : labels.decision.detail.decided_figure,
        { figure },
      );
    case 'ambition':
      return figure === '' ? labels.decision.detail.ambition : fillTemplate(labels.decision.detail.ambition_figure, { figure });
    default:
      return labels.decision.detail[decision.kind];
  }
}

/** The decision's date as far as it is known: "2022-06-15", "juni 2022", "senast maj 2023". */
export const decisionDate = (decision: DashboardDecision, labels: ChartLabels, locale: string): string =>
  formatPartialDate(decision.decidedOn, locale, labels.dates.by);

/** Tooltip HTML: a bold first line, then "label: value" lines. Every text is escaped here. */
export function tooltipHtml(title: string, lines: readonly (readonly [label: string | null, text: string])[]): string {
  const body = lines
    .map(([label, text]) => (label === null ? escapeHtml(text) : `${escapeHtml(label)}: ${escapeHtml(text)}`))
    .join('<br/>');
  return `<strong>${escapeHtml(title)}</strong>${body ? `<br/>${body}` : ''}`;
}

/** The source line of a decision: its title, else its URL, else "Källa saknas". */
function decisionSource(decision: DashboardDecision, labels: ChartLabels): string {
  return decision.sourceTitle ?? decision.sourceUrl ?? labels.tooltip.sourceMissing;
}

/** The tooltip lines of a decision: what, when (as far as known), who decided, and the source. */
export function decisionLines(decision: DashboardDecision | null, labels: ChartLabels, locale: string): [string | null, string][] {
  if (!decision) return [[null, labels.decision.detail.unknown]];
  const lines: [string | null, string][] = [
    [null, decisionText(decision, labels, locale)],
    [labels.tooltip.decidedOn, decisionDate(decision, labels, locale)],
  ];
  if (decision.targetYear !== null) lines.push([labels.decision.targetYear, String(decision.targetYear)]);
  if (decision.decidingBody) lines.push([labels.tooltip.decidingBody, decidingBodyText(decision.decidingBody, locale)]);
  if (decision.reference) lines.push([labels.decision.reference, decision.reference]);
  lines.push([labels.tooltip.source, decisionSource(decision, labels)]);
  return lines;
}

/** "21 av 21 regioner, 100 % av befolkningen": what a national figure covers. */
export function coverageText(coverage: Coverage, labels: ChartLabels, locale: string): string {
  const share = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(
    coverage.populationShare,
  );
  return fillTemplate(labels.tooltip.coverage, { count: coverage.regions.length, total: coverage.totalRegions, share });
}
