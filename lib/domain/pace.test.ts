import { describe, expect, it } from 'vitest';
import { paceTo } from './pace';

describe('the pace toward a target', () => {
  it('says there is too little data with fewer than two reports', () => {
    expect(paceTo(1100, [])).toEqual({ kind: 'too_little_data', reports: 0 });
    expect(paceTo(1100, [{ date: '2024-12-31', value: 1500 }])).toEqual({ kind: 'too_little_data', reports: 1 });
  });

  it('projects the year the line reaches the target, from the latest report', () => {
    // 2 000 → 1 800 in a year: 200 per year; 700 more to go from 2024-12-31 is 3.5 years → mid-2028.
    const outlook = paceTo(1100, [
      { date: '2023-12-31', value: 2000 },
      { date: '2024-12-31', value: 1800 },
    ]);
    expect(outlook.kind).toBe('reached');
    if (outlook.kind === 'reached') {
      expect(outlook.year).toBe(2028);
      expect(outlook.perYear).toBeCloseTo(-199.9, 0);
    }
  });

  it('does not promise anything when the trend is flat or worsening', () => {
    expect(paceTo(1100, [{ date: '2023-12-31', value: 1800 }, { date: '2024-12-31', value: 1900 }]).kind).toBe('not_improving');
    expect(paceTo(1100, [{ date: '2023-12-31', value: 1800 }, { date: '2024-12-31', value: 1800 }]).kind).toBe('not_improving');
  });

  it('says the target is met when the latest report meets it', () => {
    expect(paceTo(1500, [{ date: '2023-12-31', value: 1600 }, { date: '2024-12-31', value: 1450 }])).toEqual({ kind: 'already_met', latest: 1450 });
  });

  it('fits all reports, not just the last two', () => {
    const outlook = paceTo(1100, [
      { date: '2022-06-30', value: 2100 },
      { date: '2023-06-30', value: 1700 }, // one good year
      { date: '2024-06-30', value: 1900 }, // then worse
    ]);
    // Least squares slope: -100 per year (the last two alone would say +200); 800 to go → 8 years → mid-2032.
    expect(outlook).toMatchObject({ kind: 'reached', year: 2032 });
  });
});
