import { GUIDELINE_RESIDENTS_PER_SPECIALIST, type Measure } from '@/lib/domain/metrics';
import { formatNumber, formatPartialDate } from '@/lib/i18n/format';
import type { NationalCoverage, TableColumnId, TableRow, TableRowDecision } from './table-rows';

/**
 * What one cell of the table view holds, independent of how it is drawn: the page renders it as HTML
 * and the downloads write it to CSV and XLSX, so a file always says what the table says. Missing
 * values carry the words that explain them ("Ej rapporterad"), never a 0.
 */
export type TableCell =
  | { kind: 'number'; value: number; digits: number; unit?: 'percent'; note?: string }
  | { kind: 'text'; text: string; href?: string; note?: string }
  | { kind: 'missing'; text: string };

/** A next-intl translator over the whole message catalogue (`useTranslations()` or `createTranslator`). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const missing = (text: string): TableCell => ({ kind: 'missing', text });
const number = (value: number, digits: number) => ({ kind: 'number' as const, value, digits });

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

export function tableDecisionText(decision: TableRowDecision, t: Translate, locale: string): string {
  const figure =
    decision.figure !== null
      ? formatNumber(decision.figure, locale)
      : decision.kind === 'decided_1100'
        ? formatNumber(GUIDELINE_RESIDENTS_PER_SPECIALIST, locale)
        : '';
  const key =
    decision.kind === 'decided_figure' && decision.interim
      ? 'decided_figure_interim'
      : decision.kind === 'ambition' && figure !== ''
        ? 'ambition_figure'
        : decision.kind;
  return t(`decisionKind.${key}`, { figure });
}

function measureCell(measure: Measure | null, row: TableRow, t: Translate, digits: number): TableCell {
  if (measure === null) return missing(t(row.isNational ? 'tableView.notForNational' : 'tableView.missingValue'));
  if (measure.kind === 'missing') return missing(t(`missing.${measure.reason}`));
  return number(measure.value, digits);
}

/** A staffing number from the report: "not reported" without one; Riket sums capacity only. */
function reportedCell(value: number | null, row: TableRow, t: Translate): TableCell {
  if (value !== null) return number(value, 1);
  return missing(row.isNational ? t('tableView.notForNational') : t('missing.not_reported'));
}

/** A note under a value (a missing cell keeps its own words and gets none). */
function withNote(cell: TableCell, note: string): TableCell {
  return cell.kind === 'missing' ? cell : { ...cell, note };
}

function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** What Riket covers: its date, regions and share of the population; partial, and a later partial point. */
function coverageNote(coverage: NationalCoverage, t: Translate, locale: string): string {
  const parts = [
    t('tableView.nationalCoverage', {
      date: coverage.referenceDate,
      count: coverage.included.length,
      total: coverage.totalRegions,
      share: percent(coverage.populationShare, locale),
    }),
  ];
  if (!coverage.complete) parts.push(t('tableView.nationalPartial'));
  if (coverage.laterPartial) {
    parts.push(
      t('tableView.laterPartial', {
        date: coverage.laterPartial.referenceDate,
        count: coverage.laterPartial.regions,
        total: coverage.totalRegions,
        share: percent(coverage.laterPartial.populationShare, locale),
      }),
    );
  }
  return parts.join('; ');
}

export function tableCell(row: TableRow, column: TableColumnId, t: Translate, locale: string): TableCell {
  const notApplicable = () => missing(t('tableView.notApplicable'));
  switch (column) {
    case 'name':
      return { kind: 'text', text: row.name };
    case 'decision':
      if (row.isNational) return notApplicable();
      return row.decision ? { kind: 'text', text: tableDecisionText(row.decision, t, locale) } : missing(t('tableView.noDecision'));
    case 'decisionDate':
      if (row.isNational) return notApplicable();
      return row.decisionDate
        ? { kind: 'text', text: formatPartialDate(row.decisionDate, locale, t('dates.by')) }
        : missing(t('tableView.noDecision'));
    case 'ownTarget':
      if (row.isNational) return notApplicable();
      return row.ownTarget !== null ? number(row.ownTarget, 0) : missing(t('missing.no_target'));
    case 'population':
      if (!row.population) return missing(row.isNational ? t('missing.not_reported') : t('missing.population'));
      return {
        ...number(row.population.residents, 0),
        note:
          row.population.year === null
            ? t('tableView.nationalPopulation')
            : t('tableView.populationYear', { year: row.population.year }),
      };
    case 'specialistsFte':
      return reportedCell(row.specialistsFte, row, t);
    case 'traineesFte':
      return reportedCell(row.traineesFte, row, t);
    case 'capacity':
      return measureCell(row.capacity, row, t, 1);
    case 'residentsPerDoctor': {
      const cell = measureCell(row.residentsPerDoctor, row, t, 0);
      if (row.coverage) return withNote(cell, coverageNote(row.coverage, t, locale));
      return cell.kind === 'number' && row.reportPopulationYear !== null
        ? { ...cell, note: t('tableView.reportPopulationYear', { year: row.reportPopulationYear }) }
        : cell;
    }
    case 'gapTo1100':
      return measureCell(row.gapTo1100, row, t, 1);
    case 'gapToOwnTarget':
      if (row.gapToOwnTarget === null) return notApplicable();
      // Measured against the target in force on the report's date; said when it differs from today's.
      return row.targetAtReport !== null && row.targetAtReport !== row.ownTarget
        ? withNote(measureCell(row.gapToOwnTarget, row, t, 1), t('tableView.targetAtReport', { target: formatNumber(row.targetAtReport, locale) }))
        : measureCell(row.gapToOwnTarget, row, t, 1);
    case 'shareWithNamedContact': {
      const cell: TableCell =
        row.shareWithNamedContact?.kind === 'value'
          ? { kind: 'number', value: row.shareWithNamedContact.value * 100, digits: 0, unit: 'percent' }
          : measureCell(row.shareWithNamedContact, row, t, 0);
      if (row.shareInfo?.coverage) return withNote(cell, coverageNote(row.shareInfo.coverage, t, locale));
      return row.shareInfo?.referenceDate ? withNote(cell, t('tableView.shareDate', { date: row.shareInfo.referenceDate })) : cell;
    }
    case 'latestReportDate':
      if (row.isNational) return notApplicable();
      return row.latestReportDate !== null ? { kind: 'text', text: row.latestReportDate } : missing(t('missing.not_reported'));
    case 'source': {
      if (row.isNational) return notApplicable();
      if (!row.source) return missing(t('tableView.noDecision'));
      const { title, url, status } = row.source;
      const text = title ?? url;
      if (text === null) return missing(t('tableView.noSource'));
      const href = url !== null && isWebAddress(url) ? url : undefined;
      return { kind: 'text', text, note: t(`sourceStatus.${status}`), ...(href ? { href } : {}) };
    }
  }
}
