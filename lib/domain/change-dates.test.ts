import { describe, expect, it } from 'vitest';
import { decisionRows } from '@/lib/db/seed/decisions';
import { changeDates, nextChange, previousChange } from '@/lib/domain/change-dates';
import { decisionInForce, type DecisionEvent } from '@/lib/domain/decisions';
import { parsePartialDate, type PartialDate } from '@/lib/domain/partial-date';

const onDay = (date: string): PartialDate => ({ date, precision: 'day', isUpperBound: false });
const inMonth = (yearMonth: string, isUpperBound = false): PartialDate => ({ date: `${yearMonth}-01`, precision: 'month', isUpperBound });
const inYear = (year: string): PartialDate => ({ date: `${year}-01-01`, precision: 'year', isUpperBound: true });

/** The public record's decisions as the dashboard receives them: dates parsed as the seed stores them. */
const seededDecisions = decisionRows.map((row, index): DecisionEvent & { regionCode: string } => {
  const decidedOn = parsePartialDate(row.decided, row.decidedOnIsUpperBound ?? false);
  if (!decidedOn) throw new Error(`seed decision ${index} has no date: ${row.decided}`);
  return { id: index + 1, regionCode: row.regionCode, kind: row.kind, targetFigure: row.targetFigure ?? null, decidedOn };
});

describe('the days on which something changes', () => {
  it('are a decision’s last possible day and a report’s reference date, sorted and each once', () => {
    const days = changeDates(
      [{ decidedOn: inMonth('2022-08') }, { decidedOn: onDay('2022-06-15') }, { decidedOn: inYear('2023') }, { decidedOn: inMonth('2024-02', true) }],
      [{ referenceDate: '2023-12-31' }, { referenceDate: '2022-06-15' }, { referenceDate: '2022-12-31' }],
    );
    expect(days).toEqual(['2022-06-15', '2022-08-31', '2022-12-31', '2023-12-31', '2024-02-29']);
  });

  it('are none without decisions or reports', () => {
    expect(changeDates([], [])).toEqual([]);
  });
});

describe('stepping from change to change', () => {
  const days = ['2022-06-30', '2022-08-31', '2022-12-31'];

  it('finds the nearest change strictly before or after the day', () => {
    expect(nextChange(days, '2022-07-01')).toBe('2022-08-31');
    expect(previousChange(days, '2022-07-01')).toBe('2022-06-30');
    expect(nextChange(days, '2022-09-15')).toBe('2022-12-31');
    expect(previousChange(days, '2022-09-15')).toBe('2022-08-31');
  });

  it('moves on from a change day itself (a tie is not a step)', () => {
    expect(nextChange(days, '2022-08-31')).toBe('2022-12-31');
    expect(previousChange(days, '2022-08-31')).toBe('2022-06-30');
  });

  it('has nothing beyond the ends', () => {
    expect(previousChange(days, '2022-06-30')).toBeNull();
    expect(previousChange(days, '2022-01-01')).toBeNull();
    expect(nextChange(days, '2022-12-31')).toBeNull();
    expect(nextChange(days, '2030-01-01')).toBeNull();
    expect(nextChange([], '2022-07-01')).toBeNull();
    expect(previousChange([], '2022-07-01')).toBeNull();
  });

  it('does not depend on the days being sorted or unique', () => {
    const shuffled = ['2022-12-31', '2022-06-30', '2022-08-31', '2022-08-31'];
    expect(nextChange(shuffled, '2022-07-01')).toBe('2022-08-31');
    expect(previousChange(shuffled, '2022-12-31')).toBe('2022-08-31');
  });
});

describe('the public record', () => {
  const days = changeDates(seededDecisions, []);

  it('changes next, after 2022-07-01, on 2022-08-31: Norrbotten’s decision of August 2022', () => {
    expect(nextChange(days, '2022-07-01')).toBe('2022-08-31');
    const norrbotten = seededDecisions.filter((d) => d.regionCode === '25');
    expect(decisionInForce(norrbotten, '2022-08-30')).toBeNull();
    expect(decisionInForce(norrbotten, '2022-08-31')?.kind).toBe('decided_1100');
  });

  it('changed last, before 2022-07-01, on 2022-06-30 (Gotland, Värmland and others in June 2022)', () => {
    expect(previousChange(days, '2022-07-01')).toBe('2022-06-30');
  });

  it('has a change day on which some region’s decision in force really changes, for every day listed', () => {
    const byRegion = new Map<string, typeof seededDecisions>();
    for (const d of seededDecisions) byRegion.set(d.regionCode, [...(byRegion.get(d.regionCode) ?? []), d]);
    for (const day of days) {
      const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const changed = [...byRegion.values()].some((list) => decisionInForce(list, dayBefore) !== decisionInForce(list, day));
      expect(changed, day).toBe(true);
    }
  });
});
