import { describe, expect, it } from 'vitest';
import type { DecisionEvent, DecisionKind } from './decisions';
import { rankingAsOf, standingOf, targetAgainstGuideline, unrankedGroups } from './ranking';

const regions = ['01', '03', '08', '09', '17', '25'].map((code) => ({ code }));
// 100 000 residents each, so residents per doctor is 100 000 / FTE.
const population = regions.flatMap(({ code }) => [2022, 2023, 2024].map((year) => ({ regionCode: code, year, residents: 100_000 })));
const report = (regionCode: string, referenceDate: string, specialistsFte: number) => ({
  regionCode,
  referenceDate,
  specialistsFte,
  traineesFte: 0,
  residentsWithNamedContact: null,
});
let id = 0;
const decision = (regionCode: string, kind: DecisionKind, targetFigure: number | null, date: string): DecisionEvent & { regionCode: string } => ({
  id: ++id,
  regionCode,
  kind,
  targetFigure,
  decidedOn: { date, precision: 'day', isUpperBound: false },
});

const decisions = [
  decision('09', 'decided_1100', 1100, '2022-06-15'),
  decision('17', 'decided_figure', 1500, '2022-06-20'),
  decision('03', 'decided_no_figure', null, '2022-06-10'),
  decision('25', 'decided_1100', 1100, '2022-08-31'),
  decision('08', 'ambition', 1750, '2023-01-10'),
  // Värmland's target changes after its 2023 report: the report is measured against the earlier one.
  decision('17', 'decided_1100', 1100, '2024-03-01'),
];

const staffing = [
  report('09', '2022-12-31', 80), // 1 250
  report('17', '2022-12-31', 50), // 2 000
  report('25', '2022-12-31', 60), // 1 666.7
  report('09', '2023-12-31', 100), // 1 000
  report('17', '2023-12-31', 62.5), // 1 600
  report('01', '2023-12-31', 0), // reported, but no capacity to divide by
];

const rows = { regions, population, decisions, staffing, namedContactShares: [] };

describe('the ranking on a day', () => {
  it('orders the regions with a figure lowest first, with the change since each one’s previous reference date', () => {
    const ranking = rankingAsOf(rows, '2024-06-30');
    expect(ranking.ranked.map((r) => [r.code, r.rank, Math.round(r.residentsPerDoctor), r.referenceDate])).toEqual([
      ['09', 1, 1000, '2023-12-31'],
      ['17', 2, 1600, '2023-12-31'],
      ['25', 3, 1667, '2022-12-31'],
    ]);
    expect(ranking.ranked[0]).toMatchObject({ previous: { referenceDate: '2022-12-31', residentsPerDoctor: 1250 }, change: -250 });
    expect(ranking.ranked[1]).toMatchObject({ previous: { referenceDate: '2022-12-31', residentsPerDoctor: 2000 }, change: -400 });
    // One report only: no change, never a change from zero.
    expect(ranking.ranked[2]).toMatchObject({ previous: null, change: null });
  });

  it('measures a figure against the own target in force on its reference date, and names the decision in force on the day', () => {
    const värmland = rankingAsOf(rows, '2024-06-30').ranked.find((r) => r.code === '17');
    expect(värmland?.target).toBe(1500);
    expect(värmland?.state).toBe('figure_1100');
  });

  it('only uses reports on or before the day', () => {
    const ranking = rankingAsOf(rows, '2023-06-30');
    expect(ranking.ranked.map((r) => [r.code, Math.round(r.residentsPerDoctor)])).toEqual([
      ['09', 1250],
      ['25', 1667],
      ['17', 2000],
    ]);
    expect(ranking.ranked.every((r) => r.change === null)).toBe(true);
  });

  it('lists the regions without a figure after, grouped by decision state, with the reason, never as zero', () => {
    const ranking = rankingAsOf(rows, '2024-06-30');
    expect(ranking.unranked.map((r) => [r.code, r.state, r.reason])).toEqual([
      ['03', 'reduction_no_figure', 'not_reported'],
      ['08', 'ambition', 'not_reported'],
      ['01', 'unknown', 'no_capacity'],
    ]);
    expect(unrankedGroups(ranking).map((g) => [g.state, g.regions.map((r) => r.code)])).toEqual([
      ['reduction_no_figure', ['03']],
      ['ambition', ['08']],
      ['unknown', ['01']],
    ]);
    // An ambition's figure is not a decided target.
    expect(ranking.unranked.find((r) => r.code === '08')?.target).toBeNull();
  });

  it('without any figures (the public record) orders every region by decision state, decided figures lowest first', () => {
    const ranking = rankingAsOf({ ...rows, staffing: [] }, '2024-06-30');
    expect(ranking.ranked).toEqual([]);
    expect(ranking.unranked.map((r) => [r.code, r.state, r.target])).toEqual([
      ['09', 'figure_1100', 1100],
      ['17', 'figure_1100', 1100],
      ['25', 'figure_1100', 1100],
      ['03', 'reduction_no_figure', null],
      ['08', 'ambition', null],
      ['01', 'unknown', null],
    ]);
    expect(rankingAsOf({ ...rows, staffing: [] }, '2023-06-30').unranked.slice(0, 3).map((r) => [r.code, r.target])).toEqual([
      ['09', 1100],
      ['25', 1100],
      ['17', 1500],
    ]);
    expect(ranking.national).toEqual({ current: null, lastComplete: null });
  });

  it('gives regions whose figures print the same the same rank', () => {
    const tied = rankingAsOf({ ...rows, staffing: [report('09', '2023-12-31', 80), report('25', '2023-12-31', 80.0001), report('17', '2023-12-31', 50)] }, '2024-06-30');
    expect(tied.ranked.map((r) => [r.code, r.rank])).toEqual([
      ['25', 1],
      ['09', 1],
      ['17', 3],
    ]);
  });

  it('carries Riket with its coverage', () => {
    const ranking = rankingAsOf(rows, '2024-06-30');
    expect(ranking.national.current?.date).toBe('2023-12-31');
    expect(ranking.national.current?.coverage.regions).toEqual(['01', '09', '17']);
  });

  it('says where one region stands', () => {
    const ranking = rankingAsOf(rows, '2024-06-30');
    expect(standingOf(ranking, '17')).toMatchObject({ kind: 'ranked', region: { rank: 2 }, of: 3 });
    expect(standingOf(ranking, '03')).toMatchObject({ kind: 'unranked', region: { state: 'reduction_no_figure' } });
    expect(standingOf(ranking, '99')).toBeNull();
  });
});

describe('a decided figure against the guideline', () => {
  it('is negative when stricter than 1 100, zero at 1 100 and positive when looser', () => {
    expect(targetAgainstGuideline(1000)).toBe(-100);
    expect(targetAgainstGuideline(1100)).toBe(0);
    expect(targetAgainstGuideline(1500)).toBe(400);
  });
});
