import { describe, expect, it } from 'vitest';

import { type DecisionEvent, type DecisionKind, decisionInForce, decisionsInOrder, ownTarget } from '@/lib/domain/decisions';
import type { PartialDate } from '@/lib/domain/partial-date';

const onDay = (date: string): PartialDate => ({ date, precision: 'day', isUpperBound: false });
const inMonth = (yearMonth: string, isUpperBound = false): PartialDate => ({
  date: `${yearMonth}-01`,
  precision: 'month',
  isUpperBound,
});
const inYear = (y: string): PartialDate => ({ date: `${y}-01-01`, precision: 'year', isUpperBound: false });

const decision = (id: number, kind: DecisionKind, targetFigure: number | null, decidedOn: PartialDate): DecisionEvent => ({
  id,
  kind,
  targetFigure,
  decidedOn,
});

describe('the decision in force on a day', () => {
  it('is nothing when the region has no decisions', () => {
    expect(decisionInForce([], '2024-01-01')).toBeNull();
  });

  it('is nothing before the first decision was taken', () => {
    const decisions = [decision(1, 'decided_1100', 1100, onDay('2022-06-15'))];
    expect(decisionInForce(decisions, '2022-06-14')).toBeNull();
  });

  it('applies from the day of a decision with a full date', () => {
    const gotland = decision(1, 'decided_1100', 1100, onDay('2022-06-15'));
    expect(decisionInForce([gotland], '2022-06-15')).toBe(gotland);
  });

  it('ignores decisions taken after the asked day', () => {
    const interim = decision(1, 'decided_figure', 1500, onDay('2022-06-15'));
    const final = decision(2, 'decided_1100', 1100, onDay('2023-03-01'));
    expect(decisionInForce([interim, final], '2022-12-31')).toBe(interim);
    expect(decisionInForce([interim, final], '2023-02-28')).toBe(interim);
  });

  it('takes the latest decision by the asked day, whatever order they are listed in', () => {
    const interim = decision(1, 'decided_figure', 1500, onDay('2022-06-15'));
    const final = decision(2, 'decided_1100', 1100, onDay('2023-03-01'));
    expect(decisionInForce([interim, final], '2023-03-01')).toBe(final);
    expect(decisionInForce([final, interim], '2023-03-01')).toBe(final);
    expect(decisionInForce([final, interim], '2022-12-31')).toBe(interim);
  });

  it('a decision known only as June 2022 is not yet in force mid-June', () => {
    const june = decision(1, 'decided_1100', 1100, inMonth('2022-06'));
    expect(decisionInForce([june], '2022-06-15')).toBeNull();
  });

  it('a decision known only as June 2022 is in force from the end of June, and on 1 July', () => {
    const june = decision(1, 'decided_1100', 1100, inMonth('2022-06'));
    expect(decisionInForce([june], '2022-06-30')).toBe(june);
    expect(decisionInForce([june], '2022-07-01')).toBe(june);
  });

  it('a decision known only as "no later than June 2022" is treated the same way', () => {
    const byJune = decision(1, 'decided_no_figure', null, inMonth('2022-06', true));
    expect(decisionInForce([byJune], '2022-06-15')).toBeNull();
    expect(decisionInForce([byJune], '2022-07-01')).toBe(byJune);
  });

  it('a decision known only as 2023 is not in force on 2023-06-30, but is on 2024-01-01', () => {
    const in2023 = decision(1, 'decided_1100', 1100, inYear('2023'));
    expect(decisionInForce([in2023], '2023-06-30')).toBeNull();
    expect(decisionInForce([in2023], '2024-01-01')).toBe(in2023);
  });

  it('while a month-precision decision is still uncertain, the earlier decision stays in force', () => {
    const earlier = decision(1, 'decided_figure', 1500, onDay('2022-03-10'));
    const june = decision(2, 'decided_1100', 1100, inMonth('2022-06'));
    expect(decisionInForce([earlier, june], '2022-06-15')).toBe(earlier);
    expect(decisionInForce([earlier, june], '2022-07-01')).toBe(june);
  });

  it('a later revocation ("none") replaces an earlier 1 100 decision and leaves no target', () => {
    const adopted = decision(1, 'decided_1100', 1100, onDay('2022-08-20'));
    const revoked = decision(2, 'revoked', null, onDay('2023-01-15'));
    const inForce = decisionInForce([adopted, revoked], '2023-06-30');
    expect(inForce).toBe(revoked);
    expect(ownTarget(inForce)).toBeNull();
    // before the revocation, the 1 100 decision still applies
    expect(ownTarget(decisionInForce([adopted, revoked], '2022-12-31'))).toBe(1100);
  });

  it('two decisions on the same day: the one recorded later (higher id) wins, in any order', () => {
    const first = decision(7, 'decided_figure', 1500, onDay('2022-06-15'));
    const correction = decision(8, 'decided_1100', 1100, onDay('2022-06-15'));
    expect(decisionInForce([first, correction], '2022-06-15')).toBe(correction);
    expect(decisionInForce([correction, first], '2022-06-15')).toBe(correction);
  });

  it('a month-precision decision and a decision on the last day of that month tie on the day; the higher id wins', () => {
    const monthOnly = decision(3, 'ambition', null, inMonth('2022-06'));
    const lastDay = decision(2, 'decided_1100', 1100, onDay('2022-06-30'));
    expect(decisionInForce([monthOnly, lastDay], '2022-07-01')).toBe(monthOnly);
    expect(decisionInForce([lastDay, monthOnly], '2022-07-01')).toBe(monthOnly);
  });
});

describe("a region's own target", () => {
  it('is 1 100 for a decision of 1 100', () => {
    expect(ownTarget(decision(1, 'decided_1100', 1100, inMonth('2022-06')))).toBe(1100);
  });

  it('is the decided figure for a decision with a figure (Värmland: 1 500 as a step)', () => {
    expect(ownTarget(decision(1, 'decided_figure', 1500, inMonth('2022-06')))).toBe(1500);
  });

  it('is none for a stated ambition, even when the ambition mentions a figure', () => {
    expect(ownTarget(decision(1, 'ambition', 1100, inMonth('2022-06')))).toBeNull();
  });

  it('is none for a reduction decided without a figure', () => {
    expect(ownTarget(decision(1, 'decided_no_figure', null, inMonth('2022-06')))).toBeNull();
  });

  it('is none for a revoked decision or no decision', () => {
    expect(ownTarget(decision(1, 'no_decision', null, onDay('2023-01-15')))).toBeNull();
    expect(ownTarget(null)).toBeNull();
  });
});

describe('decisions in the order they took force', () => {
  const decisions = [
    decision(3, 'decided_figure', 1500, inMonth('2022-06')),
    decision(1, 'ambition', 1000, onDay('2022-06-30')),
    decision(2, 'decided_1100', 1100, onDay('2021-03-01')),
    decision(4, 'revoked', null, onDay('2024-01-01')),
  ];

  it('orders by last possible day, then recording order, and marks the one in force at the end of each day', () => {
    expect(decisionsInOrder(decisions, '2023-12-31').map(({ decision: d, day, inForce }) => [d.id, day, inForce])).toEqual([
      [2, '2021-03-01', true],
      [1, '2022-06-30', false],
      [3, '2022-06-30', true],
    ]);
  });

  it('agrees with decisionInForce on every day a decision took force', () => {
    for (const { decision: d, day, inForce } of decisionsInOrder(decisions, '2030-01-01')) {
      expect(decisionInForce(decisions, day)?.id === d.id).toBe(inForce);
    }
  });
});
