import { describe, expect, it } from 'vitest';
import { decisionWarnings, staffingWarnings, type StaffingEntry } from './plausibility';

const entry: StaffingEntry = { specialistsHeadcount: 60, specialistsFte: 50, traineesHeadcount: 20, traineesFte: 20, residentsWithNamedContact: null };
// 66 000 residents / (50 + 0.5 × 20) = 1 100 residents per doctor.
const context = { population: 66_000, previousResidentsPerDoctor: 1_000, allRegions: [900, 1_400, 2_000] };

describe('plausibility warnings', () => {
  it('none for an ordinary report', () => {
    expect(staffingWarnings(entry, context)).toEqual([]);
  });

  it('asks when FTE exceed the headcount', () => {
    expect(staffingWarnings({ ...entry, specialistsFte: 61 }, context)).toContain('fte_above_headcount');
    expect(staffingWarnings({ ...entry, traineesFte: 21 }, context)).toContain('fte_above_headcount');
  });

  it('asks when residents per doctor moved by more than 25 % since the last report', () => {
    // 1 100 against 880 is +25 %: still fine; against 870 it is +26.4 %.
    expect(staffingWarnings(entry, { ...context, previousResidentsPerDoctor: 880 })).not.toContain('large_change');
    expect(staffingWarnings(entry, { ...context, previousResidentsPerDoctor: 870 })).toContain('large_change');
    expect(staffingWarnings(entry, { ...context, previousResidentsPerDoctor: null })).not.toContain('large_change');
  });

  it('asks when the figure is far outside every region’s', () => {
    // 66 000 / 10 = 6 600, over twice the highest (2 000).
    expect(staffingWarnings({ ...entry, specialistsFte: 10, traineesFte: 0 }, context)).toContain('far_outside_range');
    expect(staffingWarnings({ ...entry, specialistsFte: 10, traineesFte: 0 }, { ...context, allRegions: [2_000] })).not.toContain('far_outside_range');
  });

  it('asks when more residents have a named doctor than live in the region', () => {
    expect(staffingWarnings({ ...entry, residentsWithNamedContact: 66_001 }, context)).toContain('named_above_population');
    expect(staffingWarnings({ ...entry, residentsWithNamedContact: 66_000 }, context)).not.toContain('named_above_population');
  });

  it('asks about a decided figure outside 800–2 500', () => {
    expect(decisionWarnings({ targetFigure: 1_500 })).toEqual([]);
    expect(decisionWarnings({ targetFigure: 3_000 })).toEqual(['figure_unusual']);
    expect(decisionWarnings({ targetFigure: 500 })).toEqual(['figure_unusual']);
    expect(decisionWarnings({ targetFigure: null })).toEqual([]);
  });
});
