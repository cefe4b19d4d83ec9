import type { DashboardData, DashboardDecision } from '@/lib/dashboard/types';
import type { DecisionKind } from '@/lib/domain/decisions';
import type { Measure } from '@/lib/domain/metrics';
import { latestPossibleDay, type PartialDate } from '@/lib/domain/partial-date';
import { snapshotAsOf } from '@/lib/domain/snapshot';

/**
 * The rows of the dashboard's table view on one day: one per region and one for Riket, taken from the
 * domain snapshot (`snapshotAsOf`) without computing any figure here. Sorting and filtering helpers are
 * pure too, so the order the table shows is tested here and not in the browser: missing values sort
 * last in both directions and Riket always stays at the bottom.
 */

/** The row id of Riket (no region has it: region codes are SCB's two-digit county codes). */
export const NATIONAL_ROW_CODE = 'riket';

const NATIONAL_NAME: Record<'sv' | 'en', string> = { sv: 'Riket', en: 'Sweden' };

/** Everything the decision text ("Beslut: 1 500 som steg mot 1 100") is built from. */
export interface TableRowDecision {
  kind: DecisionKind;
  figure: number | null;
  interim: boolean;
}

export interface TableRowSource {
  title: string | null;
  url: string | null;
  status: DashboardDecision['sourceStatus'];
}

export interface TableRow {
  /** SCB county code, or NATIONAL_ROW_CODE for Riket. */
  code: string;
  name: string;
  isNational: boolean;
  /** The staffing figures come from the example dataset (for Riket: any region it sums does). */
  isExample: boolean;
  /** The kind of the decision in force; null when no decision is known by the day (and for Riket). */
  decisionKind: DecisionKind | null;
  decision: TableRowDecision | null;
  decisionDate: PartialDate | null;
  /** The region's own decided figure (1 100, 1 500 …); null without one. */
  ownTarget: number | null;
  /**
   * Regions: the latest population known, with its year (SCB, 31 December). Riket: the population its
   * ratio is computed from (Σ over the reporting regions), with year null; null when none reported.
   */
  population: { residents: number; year: number | null } | null;
  /** The year of the population the region's staffing report is divided by. */
  reportPopulationYear: number | null;
  /** From the latest report on or before the day; null when none (and for Riket, which sums capacity only). */
  specialistsFte: number | null;
  traineesFte: number | null;
  capacity: Measure;
  residentsPerDoctor: Measure;
  gapTo1100: Measure;
  /** Null for Riket, which has no target of its own. */
  gapToOwnTarget: Measure | null;
  /** Null for Riket: the share is not given nationally. */
  shareWithNamedContact: Measure | null;
  /** Reference date (ISO) of the report the figures come from. */
  latestReportDate: string | null;
  /** The source of the decision in force. */
  source: TableRowSource | null;
  /** Riket only: the names of the regions its sums include and leave out. */
  coverage: { included: string[]; excluded: string[] } | null;
}

export function buildTableRows(data: DashboardData, asOf: string, locale: 'sv' | 'en'): TableRow[] {
  const { regions, national } = snapshotAsOf(
    { regions: data.regions, population: data.population, decisions: data.decisions, staffing: data.reports },
    asOf,
  );
  const nameOf = (region: { nameSv: string; nameEn: string }) => (locale === 'en' ? region.nameEn : region.nameSv);

  const regionRows = regions.map((s): TableRow => {
    const { decision, report } = s;
    return {
      code: s.region.code,
      name: nameOf(s.region),
      isNational: false,
      isExample: report?.isExample ?? false,
      decisionKind: decision?.kind ?? null,
      decision: decision ? { kind: decision.kind, figure: decision.targetFigure, interim: decision.targetType === 'interim' } : null,
      decisionDate: decision?.decidedOn ?? null,
      ownTarget: s.ownTarget,
      population: s.latestPopulation ? { residents: s.latestPopulation.residents, year: s.latestPopulation.year } : null,
      reportPopulationYear: s.reportPopulation?.year ?? null,
      specialistsFte: report?.specialistsFte ?? null,
      traineesFte: report?.traineesFte ?? null,
      capacity: s.capacity,
      residentsPerDoctor: s.residentsPerDoctor,
      gapTo1100: s.gapTo1100,
      gapToOwnTarget: s.gapToOwnTarget,
      shareWithNamedContact: s.shareWithNamedContact,
      latestReportDate: report?.referenceDate ?? null,
      source: decision ? { title: decision.sourceTitle, url: decision.sourceUrl, status: decision.sourceStatus } : null,
      coverage: null,
    };
  });

  const included = new Set<string>(national.includedRegions);
  const reported = included.size > 0;
  const nationalRow: TableRow = {
    code: NATIONAL_ROW_CODE,
    name: NATIONAL_NAME[locale],
    isNational: true,
    isExample: regions.some((s) => included.has(s.region.code) && s.report?.isExample === true),
    decisionKind: null,
    decision: null,
    decisionDate: null,
    ownTarget: null,
    population: reported ? { residents: national.population, year: null } : null,
    reportPopulationYear: null,
    specialistsFte: null,
    traineesFte: null,
    capacity: reported ? { kind: 'value', value: national.capacity } : { kind: 'missing', reason: 'not_reported' },
    residentsPerDoctor: national.residentsPerDoctor,
    gapTo1100: national.gapTo1100,
    gapToOwnTarget: null,
    shareWithNamedContact: null,
    latestReportDate: null,
    source: null,
    coverage: {
      included: regions.filter((s) => included.has(s.region.code)).map((s) => nameOf(s.region)),
      excluded: regions.filter((s) => !included.has(s.region.code)).map((s) => nameOf(s.region)),
    },
  };

  return [...regionRows, nationalRow];
}

/* ---------------------------------------------------------------------------------------------- */
/* Columns, sorting and filtering                                                                  */
/* ---------------------------------------------------------------------------------------------- */

export const TABLE_COLUMN_IDS = [
  'name',
  'decision',
  'decisionDate',
  'ownTarget',
  'population',
  'specialistsFte',
  'traineesFte',
  'capacity',
  'residentsPerDoctor',
  'gapTo1100',
  'gapToOwnTarget',
  'shareWithNamedContact',
  'latestReportDate',
  'source',
] as const;

export type TableColumnId = (typeof TABLE_COLUMN_IDS)[number];

/** Columns holding figures (right-aligned on the page, numbers in the downloads); the rest read as text. */
export const NUMERIC_COLUMNS: ReadonlySet<TableColumnId> = new Set([
  'ownTarget',
  'population',
  'specialistsFte',
  'traineesFte',
  'capacity',
  'residentsPerDoctor',
  'gapTo1100',
  'gapToOwnTarget',
  'shareWithNamedContact',
]);

/** What a column sorts by; undefined when the row has no value (sorted last, whatever the direction). */
export type SortKey = number | string | undefined;

/** Ascending order of decisions: the guideline first, then a decided figure, … ; none known sorts last. */
const DECISION_RANK: Record<DecisionKind, number> = {
  decided_1100: 0,
  decided_figure: 1,
  decided_no_figure: 2,
  ambition: 3,
  none: 4,
};

/** Leaves room for any target figure (far below a million residents per doctor) inside one rank. */
const RANK_STEP = 1_000_000;

const measureKey = (measure: Measure | null): SortKey => (measure?.kind === 'value' ? measure.value : undefined);

/** ISO date → 20220630, so that dates compare as numbers. */
const dateKey = (isoDate: string | null): SortKey => (isoDate === null ? undefined : Number(isoDate.replaceAll('-', '')));

export function sortKey(row: TableRow, column: TableColumnId): SortKey {
  switch (column) {
    case 'name':
      return row.name;
    case 'decision':
      // By kind, then (within a kind) by the decided figure.
      return row.decision ? DECISION_RANK[row.decision.kind] * RANK_STEP + (row.decision.figure ?? 0) : undefined;
    case 'decisionDate':
      // As decisions are ordered everywhere: by the last day they could have been taken.
      return row.decisionDate ? dateKey(latestPossibleDay(row.decisionDate)) : undefined;
    case 'ownTarget':
      return row.ownTarget ?? undefined;
    case 'population':
      return row.population?.residents;
    case 'specialistsFte':
      return row.specialistsFte ?? undefined;
    case 'traineesFte':
      return row.traineesFte ?? undefined;
    case 'capacity':
      return measureKey(row.capacity);
    case 'residentsPerDoctor':
      return measureKey(row.residentsPerDoctor);
    case 'gapTo1100':
      return measureKey(row.gapTo1100);
    case 'gapToOwnTarget':
      return measureKey(row.gapToOwnTarget);
    case 'shareWithNamedContact':
      return measureKey(row.shareWithNamedContact);
    case 'latestReportDate':
      return dateKey(row.latestReportDate);
    case 'source':
      return row.source?.title ?? row.source?.url ?? undefined;
  }
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  const tag = locale === 'en' ? 'en-GB' : 'sv-SE';
  let found = collators.get(tag);
  if (!found) {
    found = new Intl.Collator(tag, { numeric: true, sensitivity: 'base' });
    collators.set(tag, found);
  }
  return found;
}

/**
 * Ascending comparison of two sort keys: numbers numerically, text in the language's alphabetical order
 * (Swedish: å, ä, ö after z). Undefined (missing) after any value. Used as the table's sort function.
 */
export function compareSortKeys(a: SortKey, b: SortKey, locale: string): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return collator(locale).compare(a, b);
  return typeof a === 'number' ? -1 : 1;
}

/**
 * The table's order: Riket after every region; a row without a value after every row with one, in
 * both directions; otherwise by the column's value, ascending or descending. Ties compare equal (the
 * stable sort keeps the regions' own order).
 */
export function compareTableRows(a: TableRow, b: TableRow, column: TableColumnId, desc: boolean, locale: string): number {
  if (a.isNational !== b.isNational) return a.isNational ? 1 : -1;
  const keyA = sortKey(a, column);
  const keyB = sortKey(b, column);
  if (keyA === undefined || keyB === undefined) return compareSortKeys(keyA, keyB, locale);
  const order = compareSortKeys(keyA, keyB, locale);
  return desc ? -order : order;
}

/** The rows in table order; without a sort, in their own order with Riket last. */
export function sortTableRows(
  rows: readonly TableRow[],
  sort: { id: TableColumnId; desc: boolean } | null,
  locale: string,
): TableRow[] {
  return [...rows].sort((a, b) =>
    sort ? compareTableRows(a, b, sort.id, sort.desc, locale) : Number(a.isNational) - Number(b.isNational),
  );
}

/** A table row as the table library hands it to a sort function. */
interface RowWithValues {
  getValue: (columnId: string) => SortKey;
}

/**
 * What each column gives the table library (TanStack Table) for sorting: the sort key as the column's
 * value, compareSortKeys for two values, and missing values last whatever the direction. With Riket
 * pinned to the bottom, this yields exactly the order of sortTableRows (tested).
 */
export function columnSortOptions(column: TableColumnId, locale: string) {
  return {
    accessorFn: (row: TableRow): SortKey => sortKey(row, column),
    sortFn: (a: RowWithValues, b: RowWithValues, columnId: string): number =>
      compareSortKeys(a.getValue(columnId), b.getValue(columnId), locale),
    sortUndefined: 'last' as const,
  };
}

/** The decision-kind filter: every row, one kind, or the regions with no decision known. */
export type DecisionFilter = 'all' | DecisionKind | 'unknown';

export const DECISION_FILTERS = [
  'all',
  'decided_1100',
  'decided_figure',
  'decided_no_figure',
  'ambition',
  'none',
  'unknown',
] as const satisfies readonly DecisionFilter[];

export function isDecisionFilter(value: string): value is DecisionFilter {
  return (DECISION_FILTERS as readonly string[]).includes(value);
}

/** Riket always matches: it is the sum over all reporting regions, whatever is filtered. */
export function matchesDecisionFilter(row: TableRow, filter: DecisionFilter): boolean {
  if (row.isNational || filter === 'all') return true;
  if (filter === 'unknown') return row.decisionKind === null;
  return row.decisionKind === filter;
}

/** Case-insensitive search in the region's name; an empty search matches every row. */
export function matchesNameFilter(row: TableRow, query: string, locale: string): boolean {
  const needle = query.trim().toLocaleLowerCase(locale);
  if (row.isNational || needle === '') return true;
  return row.name.toLocaleLowerCase(locale).includes(needle);
}
