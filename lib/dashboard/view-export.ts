import { roundTo } from '@/lib/domain/metrics';
import { buildDecisionTimelineModel } from '@/lib/charts/decision-timeline';
import type { ChartLabels } from '@/lib/charts/labels';
import { DECISION_STATES } from '@/lib/domain/decisions';
import { rankingRows } from '@/lib/charts/ranking-option';
import type { SeriesMeasure } from '@/lib/charts/common';
import { buildSeriesModel } from '@/lib/charts/series-model';
import { rankingAsOf } from '@/lib/domain/ranking';
import { snapshotRows } from '@/lib/charts/common';
import { formatNumber } from '@/lib/i18n/format';
import { comparisonCells, comparisonNational } from './comparison-cells';
import { tableCell, type TableCell, type Translate } from './table-cells';
import {
  buildTableRows,
  matchesDecisionFilter,
  matchesNameFilter,
  NUMERIC_COLUMNS,
  sortTableRows,
  TABLE_COLUMN_IDS,
  type DecisionFilter,
  type TableColumnId,
} from './table-rows';
import type { DashboardData } from '@/lib/domain/dashboard-data';

/**
 * The current view of the dashboard as one table for a file (CSV or XLSX): the same rows, columns and
 * words as on the page, with numbers as numbers and missing values as the words that explain them.
 * Pure: the download route and the tests both call it.
 */

export type ExportValue = number | string | null;

interface ExportColumn {
  label: string;
  numeric: boolean;
}

export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  rows: ExportValue[][];
  /** Definitions, source, licence, citation …: [label, text] pairs written beside the data. */
  notes: [string, string][];
}

export interface TableExportRequest {
  asOf: string;
  /** Visible columns in table order; the region's name is always included. */
  columns: readonly TableColumnId[];
  query: string;
  kind: DecisionFilter;
  sort: { id: TableColumnId; desc: boolean } | null;
}

export interface SeriesExportRequest {
  regions: readonly string[];
  measure: SeriesMeasure;
}

export interface ExportContext {
  data: DashboardData;
  /** A translator over the whole catalogue of the file's language. */
  t: Translate;
  labels: ChartLabels;
  locale: 'sv' | 'en';
  /** The address of the dashboard view the file was made from. */
  viewUrl: string;
}

/** A cell's value in a file: numbers rounded as the page shows them, percent as percent points. */
function exportValue(cell: TableCell): ExportValue {
  if (cell.kind !== 'number') return cell.text;
  return roundTo(cell.value, cell.digits);
}

function notes(context: ExportContext, extra: [string, string][]): [string, string][] {
  const { data, t } = context;
  const definitions = ['guideline', 'capacity', 'residentsPerDoctor', 'gapTo1100', 'riket', 'population', 'decisionInForce', 'missing'];
  return [
    ...extra,
    [t('downloadFile.view'), context.viewUrl],
    ...definitions.map((key): [string, string] => [t(`downloadFile.definitionLabels.${key}`), t(`downloadFile.definitions.${key}`)]),
    [t('downloadFile.source'), t('downloadFile.sourceText')],
    [t('downloadFile.licence'), t('downloadFile.licenceText')],
    [t('downloadFile.lastUpdated'), data.lastUpdated.slice(0, 10)],
    [t('downloadFile.citation'), t('downloadFile.citationText', { url: context.viewUrl, date: data.lastUpdated.slice(0, 10) })],
    ...(data.containsExampleData ? [[t('exampleData.badge'), t('exampleData.banner')] as [string, string]] : []),
  ];
}

/** The table view (and the map view, whose figures are the table's) on one day. */
export function tableViewExport(context: ExportContext, request: TableExportRequest): ExportTable {
  const { data, t, locale } = context;
  const columns = ['name' as const, ...TABLE_COLUMN_IDS.filter((id) => id !== 'name' && request.columns.includes(id))];
  const rows = sortTableRows(
    buildTableRows(data, request.asOf, locale).filter(
      (row) => matchesNameFilter(row, request.query, locale) && matchesDecisionFilter(row, request.kind),
    ),
    request.sort && columns.includes(request.sort.id) ? request.sort : null,
    locale,
  );
  const withYear = columns.includes('population');

  const header: ExportColumn[] = columns.flatMap((id) => {
    const column = { label: t(`tableView.columns.${id}`), numeric: NUMERIC_COLUMNS.has(id) };
    return id === 'population' ? [column, { label: t('downloadFile.populationYear'), numeric: true }] : [column];
  });
  if (columns.includes('source')) header.push({ label: t('downloadFile.sourceUrl'), numeric: false });

  const body = rows.map((row) => {
    const values: ExportValue[] = columns.flatMap((id) => {
      const cell = tableCell(row, id, t, locale);
      const value = cell.kind === 'text' && cell.note ? `${cell.text} (${cell.note})` : exportValue(cell);
      return id === 'population' && withYear ? [value, row.population?.year ?? null] : [value];
    });
    if (columns.includes('source')) values.push(row.source?.url ?? null);
    if (row.isExample) values[0] = `${String(values[0])} (${t('exampleData.badge')})`;
    return values;
  });

  return {
    title: t('tableView.caption', { date: request.asOf }),
    columns: header,
    rows: body,
    notes: notes(context, [[t('downloadFile.date'), request.asOf]]),
  };
}

/** The chart view: one row per reference date, one column per chosen region and one for Riket. */
export function seriesViewExport(context: ExportContext, request: SeriesExportRequest): ExportTable {
  const { data, t, labels, locale } = context;
  const model = buildSeriesModel({ data, regions: request.regions, measure: request.measure, labels, locale });
  const digits = request.measure === 'residentsPerDoctor' ? 0 : 1;
  const value = (point: { value: number | null; missing: string | null } | undefined): ExportValue => {
    if (!point || point.value === null) return t(`missing.${point?.missing ?? 'not_reported'}`);
    const figure = request.measure === 'shareWithNamedContact' ? point.value * 100 : point.value;
    return roundTo(figure, digits);
  };
  const measureName = t(`dashboard.measures.${request.measure}`);
  const unit = `${request.measure === 'shareWithNamedContact' ? '% ' : ''}${labels.units[request.measure]}`;
  const nameOf = (code: string) => {
    const region = data.regions.find((r) => r.code === code);
    return region ? (locale === 'en' ? region.nameEn : region.nameSv) : code;
  };
  return {
    title: t('dashboard.chartLabel', { measure: measureName }),
    columns: [
      { label: t('dashboard.referenceDate'), numeric: false },
      ...model.regions.map((r) => ({ label: r.name, numeric: true })),
      { label: t('dashboard.riket'), numeric: true },
      { label: t('downloadFile.riketRegions'), numeric: false },
      { label: t('downloadFile.riketPopulationShare'), numeric: true },
      { label: t('downloadFile.riketComplete'), numeric: false },
    ],
    rows: model.dates.map((date, index) => {
      const national = model.national[index];
      return [
        date,
        ...model.regions.map((r) => value(r.points[index])),
        value(national),
        (national?.includedRegions ?? []).map(nameOf).join(', '),
        national ? roundTo(national.coverage.populationShare * 100, 1) : null,
        national?.coverage.complete ? t('downloadFile.complete') : t('downloadFile.partial'),
      ];
    }),
    notes: notes(context, [[t('downloadFile.measure'), `${measureName} (${unit})`]]),
  };
}

/** Decisions over time: the regions in each decision state at every month's end since the guideline. */
export function decisionTimelineExport(context: ExportContext): ExportTable {
  const { data, t, labels } = context;
  const model = buildDecisionTimelineModel(data);
  return {
    title: t('dashboard.timelineLabel'),
    columns: [
      { label: t('dashboard.timelineDay'), numeric: false },
      ...DECISION_STATES.map((state) => ({ label: labels.decision.states[state], numeric: true })),
    ],
    rows: model.rows.map((row) => [row.day, ...DECISION_STATES.map((state) => row.counts[state])]),
    notes: notes(context, [[t('downloadFile.measure'), t('dashboard.measures.decisionsOverTime')]]),
  };
}

/**
 * The comparison on one day: the ranked regions, then those without a figure, in the chart's order,
 * each with its decision state (the group it is listed in); Riket with its coverage beside the data.
 */
export function comparisonViewExport(context: ExportContext, request: { asOf: string }): ExportTable {
  const { data, t, labels, locale } = context;
  const ranking = rankingAsOf(snapshotRows(data), request.asOf);
  const figures = ranking.ranked.length > 0;
  const rows = rankingRows(ranking, data.regions, locale).flatMap((row) => (row.kind === 'group' ? [] : [comparisonCells(row, t, labels, locale)]));
  const national = comparisonNational(ranking, t, labels, locale);
  return {
    title: t(figures ? 'comparison.tableCaption' : 'comparison.targetsTableCaption', { date: request.asOf }),
    columns: [
      { label: t('comparison.columns.rank'), numeric: true },
      { label: t('comparison.columns.region'), numeric: false },
      { label: t('comparison.columns.residentsPerDoctor'), numeric: true },
      { label: t('comparison.columns.referenceDate'), numeric: false },
      { label: t('comparison.columns.previousDate'), numeric: false },
      { label: t('comparison.columns.change'), numeric: true },
      { label: t('comparison.columns.ownTarget'), numeric: true },
      { label: t('comparison.columns.versus1100'), numeric: false },
      { label: t('comparison.columns.state'), numeric: false },
      { label: t('comparison.columns.decision'), numeric: false },
    ],
    rows: rows.map((cells) => [
      cells.rank,
      cells.name,
      typeof cells.value === 'number' ? Math.round(cells.value) : cells.value,
      cells.referenceDate,
      cells.previousDate,
      cells.change,
      cells.target ?? cells.targetText,
      cells.versusText || null,
      cells.stateText,
      cells.decisionText,
    ]),
    notes: notes(context, [
      [t('downloadFile.date'), request.asOf],
      ...(figures ? [] : [[t('comparison.fileNotes.figures'), t('comparison.noFigures')] as [string, string]]),
      ...(national
        ? [[t('comparison.fileNotes.national'), `${formatNumber(national.value, locale)} ${labels.units.residentsPerDoctor}, ${national.date} (${national.coverage})`] as [string, string]]
        : []),
    ]),
  };
}
