import { isValidIsoDate } from '@/lib/domain/partial-date';
import { DECISION_FILTERS, TABLE_COLUMN_IDS, type DecisionFilter, type TableColumnId } from './table-rows';

/**
 * The dashboard's whole view lives in the URL — view, measure, date, selected regions, and the table's
 * search, decision filter, sort and visible columns — so every view can be shared and reloaded exactly.
 * The table's parameters have the names the downloads use (`q`, `kind`, `sort`, `order`, `columns`).
 * Parsing never fails: anything unknown falls back to the default, and defaults are left out of the
 * address. A date outside the data's range is moved to the nearest day that has data, and says so.
 */

export const VIEWS = ['map', 'chart', 'table', 'comparison'] as const;
const MEASURES = ['decision', 'decisionsOverTime', 'residentsPerDoctor', 'gapTo1100', 'shareWithNamedContact'] as const;

export type DashboardView = (typeof VIEWS)[number];
export type DashboardMeasure = (typeof MEASURES)[number];

/** The table's sort: one column, ascending or descending. */
interface TableSort {
  id: TableColumnId;
  desc: boolean;
}

/** What the table view shows of its rows: the parameters its downloads carry too. */
export interface TableViewState {
  /** The search in region names (`q`), as typed, at most MAX_QUERY_LENGTH characters. */
  q: string;
  /** The decision filter (`kind`). */
  kind: DecisionFilter;
  /** The sort (`sort`, `order`); null is the regions' own order. Always a visible column. */
  sort: TableSort | null;
  /** The visible columns (`columns`), in table order; the name is always among them. */
  columns: TableColumnId[];
}

export interface DashboardState extends TableViewState {
  view: DashboardView;
  measure: DashboardMeasure;
  /** ISO date, within the dashboard's range; null means today. */
  date: string | null;
  /** Selected region codes, in the order chosen. */
  regions: string[];
}

/** As the downloads accept it (lib/api/download.ts). */
export const MAX_QUERY_LENGTH = 100;

/** The decision text already carries the own target, and capacity sums the two FTE columns. */
const HIDDEN_BY_DEFAULT: ReadonlySet<TableColumnId> = new Set(['ownTarget', 'specialistsFte', 'traineesFte']);

export const DEFAULT_TABLE_COLUMNS: readonly TableColumnId[] = TABLE_COLUMN_IDS.filter((id) => !HIDDEN_BY_DEFAULT.has(id));

export const DEFAULT_STATE: DashboardState = {
  view: 'map',
  measure: 'decision',
  date: null,
  regions: [],
  q: '',
  kind: 'all',
  sort: null,
  columns: [...DEFAULT_TABLE_COLUMNS],
};

/** Why a date in the address was not shown as asked. */
export const DATE_CORRECTION_REASONS = ['beforeFirst', 'afterLast', 'notADay', 'unreadable'] as const;
type DateCorrectionReason = (typeof DATE_CORRECTION_REASONS)[number];

export interface DateCorrection {
  /** The date as the address gave it (shortened to MAX_REQUESTED_LENGTH characters). */
  requested: string;
  /** The date shown instead. */
  shown: string;
  reason: DateCorrectionReason;
}

const MAX_REQUESTED_LENGTH = 40;

export interface DashboardStateOptions {
  regionCodes: readonly string[];
  /** The first day with data (the guideline's publication) and the last (today). */
  firstDate: string;
  lastDate: string;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const isColumnId = (value: string): value is TableColumnId => (TABLE_COLUMN_IDS as readonly string[]).includes(value);

/** The known column ids of a `columns` value, in table order, always with the name; unknown ids are dropped. */
function parseColumns(value: string | null): TableColumnId[] {
  const known = new Set((value ?? '').split(',').filter(isColumnId));
  if (known.size === 0) return [...DEFAULT_TABLE_COLUMNS];
  known.add('name');
  return TABLE_COLUMN_IDS.filter((id) => known.has(id));
}

const sameColumns = (a: readonly TableColumnId[], b: readonly TableColumnId[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The last day of a month (1–12). */
function lastDayOfMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/**
 * The day to show for a `date` value: inside [firstDate, lastDate], with the reason when it is not the
 * day asked for. A day that does not exist (2021-02-30) is read as its month's last day and then kept
 * inside the range; text that is no date at all shows today.
 */
export function resolveDate(
  value: string | null,
  options: Pick<DashboardStateOptions, 'firstDate' | 'lastDate'>,
): { date: string | null; correction: DateCorrection | null } {
  if (value === null || value === '') return { date: null, correction: null };
  const requested = value.slice(0, MAX_REQUESTED_LENGTH);
  const { firstDate, lastDate } = options;
  const today = { date: null, correction: { requested, shown: lastDate, reason: 'unreadable' as const } };

  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return today;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return today;

  let reason: DateCorrectionReason | null = null;
  let date = value;
  if (!isValidIsoDate(value)) {
    date = `${match[1]}-${match[2]}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
    reason = 'notADay';
  }
  if (date < firstDate) {
    date = firstDate;
    reason ??= 'beforeFirst';
  } else if (date > lastDate) {
    date = lastDate;
    reason ??= 'afterLast';
  }
  if (reason === null) return { date, correction: null };
  // Today is the default, so a date moved to today leaves the address.
  return { date: date === lastDate ? null : date, correction: { requested, shown: date, reason } };
}

/** The state a URL asks for, and how its date was corrected if it was outside the data. */
export function readDashboardUrl(
  params: URLSearchParams,
  options: DashboardStateOptions,
): { state: DashboardState; dateCorrection: DateCorrection | null } {
  const { date, correction } = resolveDate(params.get('date'), options);
  const regions = (params.get('regions') ?? '')
    .split(',')
    .filter((code, index, all) => options.regionCodes.includes(code) && all.indexOf(code) === index);

  const columns = parseColumns(params.get('columns'));
  const sortId = params.get('sort');
  // A hidden column does not order the rows out of sight.
  const sort: TableSort | null =
    sortId !== null && isColumnId(sortId) && columns.includes(sortId) ? { id: sortId, desc: params.get('order') === 'desc' } : null;

  return {
    state: {
      view: oneOf(VIEWS, params.get('view'), DEFAULT_STATE.view),
      measure: oneOf(MEASURES, params.get('measure'), DEFAULT_STATE.measure),
      date,
      regions,
      q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
      kind: oneOf(DECISION_FILTERS, params.get('kind'), DEFAULT_STATE.kind),
      sort,
      columns,
    },
    dateCorrection: correction,
  };
}

export function parseDashboardState(params: URLSearchParams, options: DashboardStateOptions): DashboardState {
  return readDashboardUrl(params, options).state;
}

/**
 * The query string for a state ("" for the default), leaving out what is at its default. The table's
 * parameters may be left out (a chart or map view has none).
 */
export function serializeDashboardState(
  state: Pick<DashboardState, 'view' | 'measure' | 'date' | 'regions'> & Partial<TableViewState>,
): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.measure !== DEFAULT_STATE.measure) params.set('measure', state.measure);
  if (state.date !== null) params.set('date', state.date);
  if (state.regions.length > 0) params.set('regions', state.regions.join(','));
  if (state.q) params.set('q', state.q.slice(0, MAX_QUERY_LENGTH));
  if (state.kind && state.kind !== DEFAULT_STATE.kind) params.set('kind', state.kind);
  const columns = state.columns ? TABLE_COLUMN_IDS.filter((id) => id === 'name' || state.columns?.includes(id)) : null;
  if (state.sort && (columns === null || columns.includes(state.sort.id))) {
    params.set('sort', state.sort.id);
    if (state.sort.desc) params.set('order', 'desc');
  }
  if (columns && !sameColumns(columns, DEFAULT_TABLE_COLUMNS)) params.set('columns', columns.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
