import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseDashboardState, serializeDashboardState, type DashboardState } from './url-state';

const options = { regionCodes: ['01', '09', '25'], firstDate: '2022-04-28', lastDate: '2026-11-24' };
const parse = (query: string) => parseDashboardState(new URLSearchParams(query), options);

describe('dashboard state in the URL', () => {
  it('reads back exactly what it wrote', () => {
    const state: DashboardState = { view: 'chart', measure: 'gapTo1100', date: '2022-07-01', regions: ['25', '09'] };
    const query = serializeDashboardState(state);
    expect(query).toBe('?view=chart&measure=gapTo1100&date=2022-07-01&regions=25,09');
    expect(parse(query.slice(1))).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(serializeDashboardState(DEFAULT_STATE)).toBe('');
    expect(parse('')).toEqual(DEFAULT_STATE);
  });

  it('falls back to defaults for unknown views and measures, impossible or out-of-range dates and unknown regions', () => {
    expect(parse('view=pie&measure=happiness&date=2022-02-30&regions=99,09,09,<script>')).toEqual({
      ...DEFAULT_STATE,
      regions: ['09'],
    });
    expect(parse('date=2021-12-31').date).toBeNull();
    expect(parse('date=2026-11-25').date).toBeNull();
    expect(parse('date=2022-04-28').date).toBe('2022-04-28');
  });
});
