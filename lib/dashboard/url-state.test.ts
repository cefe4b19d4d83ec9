import { describe, expect, it } from 'vitest';
import { TABLE_COLUMN_IDS } from './table-rows';
import {
  DEFAULT_STATE,
  DEFAULT_TABLE_COLUMNS,
  parseDashboardState,
  readDashboardUrl,
  resolveDate,
  serializeDashboardState,
  type DashboardState,
} from './url-state';

const options = { regionCodes: ['01', '09', '25'], firstDate: '2022-04-28', lastDate: '2026-11-24' };
const parse = (query: string) => parseDashboardState(new URLSearchParams(query), options);
const read = (query: string) => readDashboardUrl(new URLSearchParams(query), options);
const roundTrip = (state: DashboardState) => parse(serializeDashboardState(state).slice(1));

describe('dashboard state in the URL', () => {
  it('reads back exactly what it wrote', () => {
    const state: DashboardState = { ...DEFAULT_STATE, view: 'chart', measure: 'gapTo1100', date: '2022-07-01', regions: ['25', '09'] };
    const query = serializeDashboardState(state);
    expect(query).toBe('?view=chart&measure=gapTo1100&date=2022-07-01&regions=25,09');
    expect(parse(query.slice(1))).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(serializeDashboardState(DEFAULT_STATE)).toBe('');
    expect(parse('')).toEqual(DEFAULT_STATE);
    expect(read('').dateCorrection).toBeNull();
  });

  it('falls back to defaults for unknown views and measures and unknown regions', () => {
    expect(parse('view=pie&measure=happiness&regions=99,09,09,<script>')).toEqual({ ...DEFAULT_STATE, regions: ['09'] });
    expect(parse('date=2022-04-28').date).toBe('2022-04-28');
  });

  it('leaves the table’s parameters out of an address that does not name them (the downloads’ view address)', () => {
    expect(serializeDashboardState({ view: 'table', measure: 'decision', date: '2022-09-30', regions: [] })).toBe('?view=table&date=2022-09-30');
  });

  it('keeps the comparison view and its date', () => {
    const state: DashboardState = { ...DEFAULT_STATE, view: 'comparison', date: '2024-12-31' };
    expect(serializeDashboardState(state)).toBe('?view=comparison&date=2024-12-31');
    expect(roundTrip(state)).toEqual(state);
    expect(serializeDashboardState({ view: 'comparison', measure: 'decision', date: '2024-12-31', regions: [] })).toBe('?view=comparison&date=2024-12-31');
  });
});

describe('the table view in the URL, with the downloads’ parameter names', () => {
  it('round-trips the search, as typed', () => {
    for (const q of ['Skå', 'västra götaland', '  Upp ', 'a,b&c=d#e', 'x'.repeat(100)]) {
      const state = { ...DEFAULT_STATE, view: 'table' as const, q };
      expect(serializeDashboardState(state)).toContain('q=');
      expect(roundTrip(state)).toEqual(state);
    }
    expect(serializeDashboardState({ ...DEFAULT_STATE, q: 'Skåne' })).toBe('?q=Sk%C3%A5ne');
  });

  it('round-trips every decision filter, leaving "all" out', () => {
    for (const kind of ['figure_stricter', 'figure_1100', 'figure_looser', 'ambition', 'no_decision', 'unknown'] as const) {
      const state = { ...DEFAULT_STATE, kind };
      expect(serializeDashboardState(state)).toBe(`?kind=${kind}`);
      expect(roundTrip(state)).toEqual(state);
    }
    expect(serializeDashboardState({ ...DEFAULT_STATE, kind: 'all' })).toBe('');
  });

  it('round-trips a sort on every column in both directions, leaving the ascending order out', () => {
    for (const id of TABLE_COLUMN_IDS) {
      const columns = [...TABLE_COLUMN_IDS];
      for (const desc of [false, true]) {
        const state = { ...DEFAULT_STATE, sort: { id, desc }, columns };
        expect(roundTrip(state)).toEqual(state);
      }
    }
    expect(serializeDashboardState({ ...DEFAULT_STATE, sort: { id: 'population', desc: false } })).toBe('?sort=population');
    expect(serializeDashboardState({ ...DEFAULT_STATE, sort: { id: 'population', desc: true } })).toBe('?sort=population&order=desc');
  });

  it('round-trips the visible columns in table order, always with the name, leaving the default out', () => {
    const state = { ...DEFAULT_STATE, columns: ['name', 'decision', 'population', 'specialistsFte'] as DashboardState['columns'] };
    expect(serializeDashboardState(state)).toBe('?columns=name,decision,population,specialistsFte');
    expect(roundTrip(state)).toEqual(state);
    expect(serializeDashboardState({ ...DEFAULT_STATE, columns: [...DEFAULT_TABLE_COLUMNS] })).toBe('');
    // Any order and without the name, as a hand-written link might give them.
    expect(parse('columns=population,decision').columns).toEqual(['name', 'decision', 'population']);
    expect(serializeDashboardState({ ...DEFAULT_STATE, columns: ['population', 'decision'] })).toBe('?columns=name,decision,population');
  });

  it('round-trips everything at once', () => {
    const state: DashboardState = {
      view: 'table',
      measure: 'decision',
      date: '2023-06-30',
      regions: [],
      q: 'land',
      kind: 'figure_1100',
      sort: { id: 'decisionDate', desc: true },
      columns: ['name', 'decision', 'decisionDate', 'source'],
    };
    expect(serializeDashboardState(state)).toBe(
      '?view=table&date=2023-06-30&q=land&kind=figure_1100&sort=decisionDate&order=desc&columns=name,decision,decisionDate,source',
    );
    expect(roundTrip(state)).toEqual(state);
  });

  it('falls back to the default for unknown values', () => {
    expect(parse('kind=decided_1100').kind).toBe('all');
    expect(parse('kind=').kind).toBe('all');
    expect(parse('sort=happiness&order=desc').sort).toBeNull();
    expect(parse('sort=population&order=sideways').sort).toEqual({ id: 'population', desc: false });
    expect(parse('order=desc').sort).toBeNull();
    expect(parse('columns=happiness,<script>').columns).toEqual(DEFAULT_TABLE_COLUMNS);
    expect(parse('columns=').columns).toEqual(DEFAULT_TABLE_COLUMNS);
    expect(parse('columns=happiness,population,population').columns).toEqual(['name', 'population']);
    expect(parse(`q=${'y'.repeat(150)}`).q).toBe('y'.repeat(100));
  });

  it('never sorts by a hidden column', () => {
    expect(parse('sort=ownTarget').sort).toBeNull();
    expect(parse('sort=ownTarget&columns=name,ownTarget').sort).toEqual({ id: 'ownTarget', desc: false });
    expect(parse('sort=population&order=desc&columns=name,decision').sort).toBeNull();
    expect(serializeDashboardState({ ...DEFAULT_STATE, sort: { id: 'population', desc: true }, columns: ['name', 'decision'] })).toBe(
      '?columns=name,decision',
    );
  });
});

describe('a date outside the data', () => {
  it('is moved to the guideline’s publication when before it, with the reason', () => {
    expect(read('date=2021-01-01')).toEqual({
      state: { ...DEFAULT_STATE, date: '2022-04-28' },
      dateCorrection: { requested: '2021-01-01', shown: '2022-04-28', reason: 'beforeFirst' },
    });
    expect(read('date=2022-04-27').dateCorrection?.reason).toBe('beforeFirst');
  });

  it('is moved to today when after it, which leaves the date out of the address', () => {
    expect(read('date=2026-11-25&view=table')).toEqual({
      state: { ...DEFAULT_STATE, view: 'table', date: null },
      dateCorrection: { requested: '2026-11-25', shown: '2026-11-24', reason: 'afterLast' },
    });
    expect(serializeDashboardState(read('date=2030-01-01&view=table').state)).toBe('?view=table');
  });

  it('is its month’s last day when the day does not exist, kept inside the range', () => {
    expect(read('date=2023-02-30')).toEqual({
      state: { ...DEFAULT_STATE, date: '2023-02-28' },
      dateCorrection: { requested: '2023-02-30', shown: '2023-02-28', reason: 'notADay' },
    });
    expect(read('date=2024-02-30').dateCorrection?.shown).toBe('2024-02-29');
    expect(read('date=2021-02-30')).toEqual({
      state: { ...DEFAULT_STATE, date: '2022-04-28' },
      dateCorrection: { requested: '2021-02-30', shown: '2022-04-28', reason: 'notADay' },
    });
    expect(read('date=2027-06-31').dateCorrection).toEqual({ requested: '2027-06-31', shown: '2026-11-24', reason: 'notADay' });
  });

  it('shows today when the text is no date at all', () => {
    for (const text of ['yesterday', '2023-13-01', '2023-00-10', '2023-01-00', '2023-01-32', '2023-1-5', '20230105', '<script>']) {
      expect(read(`date=${encodeURIComponent(text)}`), text).toEqual({
        state: DEFAULT_STATE,
        dateCorrection: { requested: text, shown: '2026-11-24', reason: 'unreadable' },
      });
    }
    expect(resolveDate('x'.repeat(500), options).correction?.requested).toHaveLength(40);
  });

  it('is left alone inside the range, on its ends and when absent', () => {
    for (const date of ['2022-04-28', '2024-02-29', '2026-11-23']) expect(read(`date=${date}`)).toEqual({ state: { ...DEFAULT_STATE, date }, dateCorrection: null });
    expect(read('date=2026-11-24').dateCorrection).toBeNull();
    expect(read('date=').dateCorrection).toBeNull();
  });
});
