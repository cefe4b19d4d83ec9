import type { DashboardData, DashboardDecision } from '@/lib/domain/dashboard-data';
import { DECISION_STATES, decisionState, type DecisionKind, type DecisionState } from '@/lib/domain/decisions';
import type { Measure } from '@/lib/domain/metrics';
import { latestPossibleDay, type PartialDate } from '@/lib/domain/partial-date';
import { nationalIsExample, nationalShown, type Coverage } from '@/lib/domain/national';
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

interface TableRowSource {
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
  /** How the decision in force is shown (map class and filter); 'unknown' when nothing is known (Riket too). */
  decisionState: DecisionState;
  decision: TableRowDecision | null;
  decisionDate: PartialDate | null;
  /** The region's own decided figure in force on the day (1 100, 1 500 …); null without one. */
  ownTarget: number | null;
  /** The own figure in force on the report's date, which the gap to the own target is measured against. */
  targetAtReport: number | null;
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
  /** Regions: the latest share on or before the day; Riket: Σ named / Σ residents with its own coverage. */
  shareWithNamedContact: Measure | null;
  /** The reference date of that share, and (Riket) what it covers. */
  shareInfo: { referenceDate: string | null; coverage: NationalCoverage | null } | null;
  /** Reference date (ISO) of the report the figures come from. */
  latestReportDate: string | null;
  /** The source of the decision in force. */
  source: TableRowSource | null;
  /** Riket only: what its staffing figures cover (the names of the regions included and left out). */
  coverage: NationalCoverage | null;
}

/** What a national figure covers, and a later partial point when there is one (never shown as a change). */
export interface NationalCoverage {
  referenceDate: string;
  included: string[];
  excluded: string[];
  totalRegions: number;
  populationShare: number;
  complete: boolean;
  /** A later reference date whose figure covers too little to replace this one. */
  laterPartial: { referenceDate: string; regions: number; populationShare: number; value: Measure } | null;
}

export function buildTableRows(data: DashboardData, asOf: string, locale: 'sv' | 'en'): TableRow[] {
  const { regions, national } = snapshotAsOf(
    {
      regions: data.regions,
      population: data.population,
      decisions: data.decisions,
      staffing: data.reports,
      namedContactShares: data.namedContactShares,
    },
    asOf,
  );
  const nameOf = (region: { nameSv: string; nameEn: string }) => (locale === 'en' ? region.nameEn : region.nameSv);
  const namesOf = (codes: ReadonlySet<string>, included: boolean) =>
    regions.filter((s) => codes.has(s.region.code) === included).map((s) => nameOf(s.region));

  const regionRows = regions.map((s): TableRow => {
    const { decision, report } = s;
    return {
      code: s.region.code,
      name: nameOf(s.region),
      isNational: false,
      isExample: report?.isExample ?? false,
      decisionKind: decision?.kind ?? null,
      decisionState: decisionState(decision),
      decision: decision ? { kind: decision.kind, figure: decision.targetFigure, interim: decision.targetType === 'interim' } : null,
      decisionDate: decision?.decidedOn ?? null,
      ownTarget: s.ownTarget,
      targetAtReport: s.reportTarget,
      population: s.latestPopulation ? { residents: s.latestPopulation.residents, year: s.latestPopulation.year } : null,
      reportPopulationYear: s.reportPopulation?.year ?? null,
      specialistsFte: report?.specialistsFte ?? null,
      traineesFte: report?.traineesFte ?? null,
      capacity: s.capacity,
      residentsPerDoctor: s.residentsPerDoctor,
      gapTo1100: s.gapTo1100,
      gapToOwnTarget: s.gapToOwnTarget,
      shareWithNamedContact: s.shareWithNamedContact.measure,
      shareInfo: { referenceDate: s.shareWithNamedContact.referenceDate, coverage: null },
      latestReportDate: report?.referenceDate ?? null,
      source: decision ? { title: decision.sourceTitle, url: decision.sourceUrl, status: decision.sourceStatus } : null,
      coverage: null,
    };
  });

  // Riket as every view shows it (lib/domain/national): the latest complete point, else the latest partial one.
  const { shown: staffing, laterPartial: later } = nationalShown(national.staffing);
  const coverageOf = (point: { date: string; coverage: Coverage } | null, laterPoint: typeof later): NationalCoverage | null => {
    if (!point) return null;
    const counted = new Set(point.coverage.regions);
    return {
      referenceDate: point.date,
      included: namesOf(counted, true),
      excluded: namesOf(counted, false),
      totalRegions: point.coverage.totalRegions,
      populationShare: point.coverage.populationShare,
      complete: point.coverage.complete,
      laterPartial: laterPoint
        ? {
            referenceDate: laterPoint.date,
            regions: laterPoint.coverage.regions.length,
            populationShare: laterPoint.coverage.populationShare,
            value: laterPoint.residentsPerDoctor,
          }
        : null,
    };
  };
  const { shown: share } = nationalShown(national.namedContact);
  const notReported: Measure = { kind: 'missing', reason: 'not_reported' };
  const nationalRow: TableRow = {
    code: NATIONAL_ROW_CODE,
    name: NATIONAL_NAME[locale],
    isNational: true,
    isExample: nationalIsExample(data.reports, staffing, share),
    decisionKind: null,
    decisionState: 'unknown',
    decision: null,
    decisionDate: null,
    ownTarget: null,
    targetAtReport: null,
    population: staffing ? { residents: staffing.population, year: null } : null,
    reportPopulationYear: null,
    specialistsFte: null,
    traineesFte: null,
    capacity: staffing ? { kind: 'value', value: staffing.capacity } : notReported,
    residentsPerDoctor: staffing?.residentsPerDoctor ?? notReported,
    gapTo1100: staffing?.gapTo1100 ?? notReported,
    gapToOwnTarget: null,
    shareWithNamedContact: share?.shareWithNamedContact ?? notReported,
    shareInfo: share ? { referenceDate: share.date, coverage: coverageOf(share, null) } : null,
    latestReportDate: staffing?.date ?? null,
    source: null,
    coverage: coverageOf(staffing, later),
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

/** Ascending order of decisions: by state in legend order (strictest figure first); nothing known sorts last. */
const DECISION_RANK = Object.fromEntries(DECISION_STATES.map((state, i) => [state, i])) as Record<DecisionState, number>;

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
      return row.decision ? DECISION_RANK[row.decisionState] * RANK_STEP + (row.decision.figure ?? 0) : undefined;
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

/** The decision filter: every row, or one decision state (as on the map), 'unknown' for nothing known. */
export type DecisionFilter = 'all' | DecisionState;

export const DECISION_FILTERS = ['all', ...DECISION_STATES] as const satisfies readonly DecisionFilter[];

export function isDecisionFilter(value: string): value is DecisionFilter {
  return (DECISION_FILTERS as readonly string[]).includes(value);
}

/** Riket always matches: it is the sum over all reporting regions, whatever is filtered. */
export function matchesDecisionFilter(row: TableRow, filter: DecisionFilter): boolean {
  if (row.isNational || filter === 'all') return true;
  return row.decisionState === filter;
}

/** Case-insensitive search in the region's name; an empty search matches every row. */
export function matchesNameFilter(row: TableRow, query: string, locale: string): boolean {
  const needle = query.trim().toLocaleLowerCase(locale);
  if (row.isNational || needle === '') return true;
  return row.name.toLocaleLowerCase(locale).includes(needle);
}
