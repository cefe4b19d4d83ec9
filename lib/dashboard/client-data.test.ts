import { describe, expect, it } from 'vitest';
import { toClientData } from './client-data';
import type { DashboardData } from '@/lib/domain/dashboard-data';

const data: DashboardData = {
  today: '2026-11-24',
  lastUpdated: '2026-11-24T08:00:00.000Z',
  guideline: { publishedOn: '2022-04-28', residentsPerSpecialist: 1100, residentsPerTrainee: 550, sourceUrl: 'https://example.org', sourceTitle: 'x' },
  regions: [{ code: '09', nameSv: 'Region Gotland', nameEn: 'Region Gotland', isoCode: 'SE-I' }],
  population: [2015, 2018, 2019, 2020, 2023].map((year) => ({ regionCode: '09', year, residents: 60_000 + year })),
  decisions: [
    {
      id: 1,
      regionCode: '09',
      kind: 'decided_1100',
      targetFigure: 1100,
      targetType: 'final',
      targetYear: null,
      decidedOn: { date: '2022-06-01', precision: 'month', isUpperBound: false },
      decidingBody: 'Regionfullmäktige',
      reference: 'RS 2022/123',
      sourceUrl: 'https://example.org/beslut',
      sourceTitle: 'Protokoll',
      sourceStatus: 'verified',
      note: 'En lång anteckning som bara regionsidan visar.',
      noteEn: 'A long note that only the region page shows.',
    },
  ],
  reports: [],
  namedContactShares: [],
  externalMeasures: [
    {
      id: 1,
      regionCode: null,
      publisher: 'Läkarförbundet',
      measure: 'years_to_guideline',
      valueText: '88',
      valueEn: '88',
      period: '2024',
      definitionSv: 'År',
      definitionEn: 'Years',
      quote: 'citat',
      sourceUrl: 'https://example.org/lf',
      sourceTitle: 'LF',
      sourceStatus: 'verified',
      publishedOn: '2024-09-01',
      noteSv: null,
      noteEn: null,
    },
  ],
  containsExampleData: false,
};

describe('the dashboard data sent to the browser', () => {
  it('keeps every population year a date on the slider can use, and drops older ones', () => {
    // The slider starts 2022-04-28: due year 2021, and at most two years older is usable.
    expect(toClientData(data).population.map((p) => p.year)).toEqual([2019, 2020, 2023]);
  });

  it('leaves decision notes and other sources to the pages but keeps what the map and charts show, the reference too', () => {
    const client = toClientData(data);
    expect(client.decisions[0]).toMatchObject({ note: null, noteEn: null, reference: 'RS 2022/123', decidingBody: 'Regionfullmäktige', sourceTitle: 'Protokoll', kind: 'decided_1100' });
    expect(client.externalMeasures).toEqual([]);
  });
});
