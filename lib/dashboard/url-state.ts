import { isValidIsoDate } from '@/lib/domain/partial-date';

/**
 * The dashboard's state lives in the URL (view, measure, date, selected regions), so every view can be
 * shared and reloaded exactly. Parsing never fails: anything unknown falls back to the default.
 */

export const VIEWS = ['map', 'chart', 'table'] as const;
export const MEASURES = ['decision', 'decisionsOverTime', 'residentsPerDoctor', 'gapTo1100', 'shareWithNamedContact'] as const;

export type DashboardView = (typeof VIEWS)[number];
export type DashboardMeasure = (typeof MEASURES)[number];

export interface DashboardState {
  view: DashboardView;
  measure: DashboardMeasure;
  /** ISO date, within the dashboard's range; null means today. */
  date: string | null;
  /** Selected region codes, in the order chosen. */
  regions: string[];
}

export const DEFAULT_STATE: DashboardState = { view: 'map', measure: 'decision', date: null, regions: [] };

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function parseDashboardState(
  params: URLSearchParams,
  options: { regionCodes: readonly string[]; firstDate: string; lastDate: string },
): DashboardState {
  const date = params.get('date');
  const dateOk = date !== null && isValidIsoDate(date) && date >= options.firstDate && date <= options.lastDate;
  const regions = (params.get('regions') ?? '')
    .split(',')
    .filter((code, index, all) => options.regionCodes.includes(code) && all.indexOf(code) === index);
  return {
    view: oneOf(VIEWS, params.get('view'), DEFAULT_STATE.view),
    measure: oneOf(MEASURES, params.get('measure'), DEFAULT_STATE.measure),
    date: dateOk ? date : null,
    regions,
  };
}

/** The query string for a state ("" for the default), leaving out what is at its default. */
export function serializeDashboardState(state: DashboardState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.measure !== DEFAULT_STATE.measure) params.set('measure', state.measure);
  if (state.date !== null) params.set('date', state.date);
  if (state.regions.length > 0) params.set('regions', state.regions.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
