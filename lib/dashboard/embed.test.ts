import { describe, expect, it } from 'vitest';
import { dashboardPath, embedCode, embedPath, isEmbedView } from './embed';
import { parseDashboardState } from './url-state';

const options = { regionCodes: ['01', '09', '25'], firstDate: '2022-04-28', lastDate: '2026-11-24' };

describe('embeds', () => {
  it('name only the map and the chart as embeddable', () => {
    expect(['map', 'chart', 'table', 'toString', 'constructor'].filter(isEmbedView)).toEqual(['map', 'chart']);
  });

  it('carry the view in the path and the rest of the state in the dashboard’s own query', () => {
    const state = { measure: 'gapTo1100', date: '2022-07-01', regions: ['25', '09'] } as const;
    const path = embedPath('en', 'chart', { ...state, regions: [...state.regions] });
    expect(path).toBe('/embed/en/chart?measure=gapTo1100&date=2022-07-01&regions=25,09');
    const read = parseDashboardState(new URL(path, 'http://x').searchParams, options);
    expect({ measure: read.measure, date: read.date, regions: read.regions }).toEqual({ ...state, regions: ['25', '09'] });
    expect(embedPath('sv', 'map', { measure: 'decision', date: null, regions: [] })).toBe('/embed/sv/map');
  });

  it('lead back to the same view on the dashboard, Swedish at the root', () => {
    const state = { measure: 'decision', date: '2022-09-30', regions: [] } as const;
    expect(dashboardPath('sv', 'map', { ...state, regions: [] })).toBe('/?date=2022-09-30');
    expect(dashboardPath('en', 'chart', { measure: 'decisionsOverTime', date: null, regions: ['01'] })).toBe(
      '/en?view=chart&measure=decisionsOverTime&regions=01',
    );
  });

  it('write an iframe whose address and name cannot break out of their attributes', () => {
    expect(embedCode({ src: 'https://example.org/embed/sv/map?date=2022-09-30&measure=decision', title: 'Karta "A" <b>', height: 760 })).toBe(
      '<iframe src="https://example.org/embed/sv/map?date=2022-09-30&amp;measure=decision" title="Karta &quot;A&quot; &lt;b&gt;" width="100%" height="760" style="border:0" loading="lazy"></iframe>',
    );
  });
});
