import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/i18n/format';
import { describeSeries } from './series-summary';
import { labelsEn, seriesInput as input } from './test-fixtures';

describe('describeSeries', () => {
  it('summarises first and last figure of each region with dates, their decisions, and Riket', () => {
    const text = describeSeries(input(['09', '17']));
    const n = (v: number) => formatNumber(v, 'sv');
    expect(text).toContain(`Region Gotland: från ${n(1333)} (2022-12-31) till ${n(1017)} (2023-12-31) invånare per fast läkarkontakt.`);
    expect(text).toContain(`Region Värmland: ${n(2840)} (2023-12-31) invånare per fast läkarkontakt.`);
    expect(text).toContain(`Region Gotland, juni 2022: Beslut: ${n(1100)} invånare per fast läkarkontakt (riktvärdet).`);
    expect(text).toContain(`Region Värmland, 2024: Beslut: ${n(1100)} invånare per fast läkarkontakt (riktvärdet).`);
    expect(text).toContain('Riket: ingen siffra täcker minst 80 % av befolkningen.');
    expect(text).toContain(`2022-12-31 (${n(1590)} invånare per fast läkarkontakt; 2 av 21 regioner, 14`);
    expect(text).toContain('3 av 21 regioner, 26');
  });

  it('says "ej rapporterad" for a region without any figure, and explains a negative gap', () => {
    expect(describeSeries(input(['08']))).toContain('Region Kalmar län: ej rapporterad.');
    expect(describeSeries(input([], 'gapTo1100'))).toContain('Ett negativt tal betyder');
  });

  it('is written in English with English labels and number format', () => {
    const text = describeSeries({ ...input(['09']), locale: 'en', labels: labelsEn });
    expect(text).toContain('Region Gotland: from 1,333 (2022-12-31) to 1,017 (2023-12-31) residents per named GP.');
    expect(text).toContain('Sweden: no figure covers at least 80% of the population');
  });
});
