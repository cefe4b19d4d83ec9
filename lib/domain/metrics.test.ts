import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  roundTo,
  capacity,
  fteGap,
  fteNeeded,
  GUIDELINE_RESIDENTS_PER_SPECIALIST,
  type Measure,
  nationalFigures,
  type RegionFigures,
  residentsPerDoctor,
  TRAINEE_WEIGHT,
} from '@/lib/domain/metrics';

/** The number in a measure; fails the test (with the reason) when the measure is missing. */
function valueOf(measure: Measure): number {
  if (measure.kind !== 'value') throw new Error(`expected a value, got missing (${measure.reason})`);
  return measure.value;
}

describe('the guideline constants', () => {
  it('is 1 100 residents per specialist, and a trainee counts as half a specialist', () => {
    expect(GUIDELINE_RESIDENTS_PER_SPECIALIST).toBe(1100);
    expect(TRAINEE_WEIGHT).toBe(0.5);
  });
});

describe('capacity', () => {
  it('counts specialists in full and ST trainees as half: 40 + 0.5 × 10 = 45', () => {
    expect(capacity({ specialistsFte: 40, traineesFte: 10 })).toEqual({ kind: 'value', value: 45 });
  });

  it('handles fractional full-time equivalents: 12.5 + 0.5 × 3 = 14', () => {
    expect(capacity({ specialistsFte: 12.5, traineesFte: 3 })).toEqual({ kind: 'value', value: 14 });
  });

  it('a region with only trainees has half their FTE as capacity', () => {
    expect(capacity({ specialistsFte: 0, traineesFte: 8 })).toEqual({ kind: 'value', value: 4 });
  });

  it('is "not reported" rather than zero when no staffing figures exist', () => {
    expect(capacity(null)).toEqual({ kind: 'missing', reason: 'not_reported' });
  });
});

describe('residents per fast läkarkontakt', () => {
  it('divides residents by capacity: 61 029 residents, 40 specialists and 10 trainees give about 1 356.2', () => {
    const ratio = residentsPerDoctor(61_029, { specialistsFte: 40, traineesFte: 10 });
    // 61 029 / 45 = 1 356.2 exactly (45 × 1 356 = 61 020, remainder 9 = 0.2 × 45)
    expect(valueOf(ratio)).toBeCloseTo(1356.2, 9);
  });

  it('a region staffed exactly to the guideline shows 1 100', () => {
    // 110 000 residents, 90 specialists + 20 trainees = 100 specialist equivalents
    expect(valueOf(residentsPerDoctor(110_000, { specialistsFte: 90, traineesFte: 20 }))).toBeCloseTo(1100, 9);
  });

  it('counting trainees as half makes the ratio higher than counting them in full', () => {
    // 22 000 / (10 + 0.5 × 20) = 1 100, not 22 000 / 30 = 733.3…
    expect(valueOf(residentsPerDoctor(22_000, { specialistsFte: 10, traineesFte: 20 }))).toBeCloseTo(1100, 9);
  });

  it('zero capacity is missing with reason "no capacity", never 0 or Infinity', () => {
    const ratio = residentsPerDoctor(10_000, { specialistsFte: 0, traineesFte: 0 });
    expect(ratio).toEqual({ kind: 'missing', reason: 'no_capacity' });
  });

  it('missing staffing is "not reported"', () => {
    expect(residentsPerDoctor(10_000, null)).toEqual({ kind: 'missing', reason: 'not_reported' });
  });

  it('missing population is "no population"', () => {
    expect(residentsPerDoctor(null, { specialistsFte: 10, traineesFte: 0 })).toEqual({
      kind: 'missing',
      reason: 'no_population',
    });
  });

  it('for any positive capacity, residents per doctor × capacity gives back the population', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (population, specialistHundredths, traineeHundredths) => {
          const specialistsFte = specialistHundredths / 100;
          const traineesFte = traineeHundredths / 100;
          const handCapacity = specialistsFte + traineesFte / 2;
          const ratio = valueOf(residentsPerDoctor(population, { specialistsFte, traineesFte }));
          expect(Number.isFinite(ratio)).toBe(true);
          expect(Math.abs(ratio * handCapacity - population)).toBeLessThanOrEqual(1e-9 * Math.max(1, population));
        },
      ),
    );
  });
});

describe('FTE needed for a target', () => {
  it('needs one specialist per 1 100 residents by default: 110 000 residents need 100 FTE', () => {
    expect(valueOf(fteNeeded(110_000))).toBeCloseTo(100, 9);
  });

  it("uses a region's own figure when given: 150 000 residents at 1 500 need 100 FTE", () => {
    expect(valueOf(fteNeeded(150_000, 1500))).toBeCloseTo(100, 9);
  });

  it('is "no target" when there is no figure to compare with', () => {
    expect(fteNeeded(150_000, null)).toEqual({ kind: 'missing', reason: 'no_target' });
  });

  it('is "no population" when residents are unknown', () => {
    expect(fteNeeded(null)).toEqual({ kind: 'missing', reason: 'no_population' });
  });
});

describe('FTE gap (needed − capacity)', () => {
  it('is the FTE still missing to reach 1 100: 110 000 residents with 80 + 0.5 × 20 = 90 leaves a gap of 10', () => {
    expect(valueOf(fteGap(110_000, { specialistsFte: 80, traineesFte: 20 }))).toBeCloseTo(10, 9);
  });

  it('is negative when capacity exceeds the target: 55 000 residents with 60 specialists is −10', () => {
    expect(valueOf(fteGap(55_000, { specialistsFte: 60, traineesFte: 0 }))).toBeCloseTo(-10, 9);
  });

  it("against a region's own figure of 1 500 the gap is smaller than against 1 100", () => {
    const staffing = { specialistsFte: 80, traineesFte: 20 }; // capacity 90
    // own figure: 150 000 / 1 500 = 100 needed → gap 10
    expect(valueOf(fteGap(150_000, staffing, 1500))).toBeCloseTo(10, 9);
    // guideline: 150 000 / 1 100 = 136.36… needed → gap 46.36…
    expect(valueOf(fteGap(150_000, staffing))).toBeCloseTo(150_000 / 1100 - 90, 9);
    expect(valueOf(fteGap(150_000, staffing))).toBeCloseTo(46.3636, 3);
  });

  it('is "no target" when the region has no figure of its own', () => {
    expect(fteGap(150_000, { specialistsFte: 80, traineesFte: 20 }, null)).toEqual({
      kind: 'missing',
      reason: 'no_target',
    });
  });

  it('is "not reported" when staffing is missing, not a gap equal to all FTE needed', () => {
    expect(fteGap(110_000, null)).toEqual({ kind: 'missing', reason: 'not_reported' });
  });

  it('is "no population" when residents are unknown', () => {
    expect(fteGap(null, { specialistsFte: 10, traineesFte: 0 })).toEqual({ kind: 'missing', reason: 'no_population' });
  });

  it('with zero capacity the whole need is the gap', () => {
    expect(valueOf(fteGap(11_000, { specialistsFte: 0, traineesFte: 0 }))).toBeCloseTo(10, 9);
  });

  it('always equals FTE needed minus capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 500, max: 3000 }),
        (population, specialistHundredths, traineeHundredths, target) => {
          const specialistsFte = specialistHundredths / 100;
          const traineesFte = traineeHundredths / 100;
          const expected = population / target - (specialistsFte + traineesFte / 2);
          const gap = valueOf(fteGap(population, { specialistsFte, traineesFte }, target));
          expect(Math.abs(gap - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected), population / target));
        },
      ),
    );
  });
});

describe('Riket (the national figure)', () => {
  it('is Σ population / Σ capacity, not the mean of the regional ratios', () => {
    const regions: RegionFigures[] = [
      // 100 000 / 100 = 1 000
      { regionCode: '01', population: 100_000, staffing: { specialistsFte: 100, traineesFte: 0 } },
      // 10 000 / 5 = 2 000
      { regionCode: '09', population: 10_000, staffing: { specialistsFte: 4, traineesFte: 2 } },
    ];
    const riket = nationalFigures(regions);
    // Σ/Σ = 110 000 / 105 = 1 047.619…; the mean of the ratios would be 1 500
    expect(riket.population).toBe(110_000);
    expect(riket.capacity).toBeCloseTo(105, 9);
    expect(valueOf(riket.residentsPerDoctor)).toBeCloseTo(1047.619, 3);
    expect(valueOf(riket.residentsPerDoctor)).not.toBeCloseTo(1500, 0);
  });

  it('lists which regions are included and which are left out, and sums only the included ones', () => {
    const riket = nationalFigures([
      { regionCode: '01', population: 100_000, staffing: { specialistsFte: 80, traineesFte: 40 } },
      { regionCode: '03', population: 400_000, staffing: null },
      { regionCode: '09', population: null, staffing: { specialistsFte: 50, traineesFte: 0 } },
      { regionCode: '25', population: 11_000, staffing: { specialistsFte: 10, traineesFte: 0 } },
    ]);
    expect(riket.includedRegions).toEqual(['01', '25']);
    expect(riket.excludedRegions).toEqual(['03', '09']);
    expect(riket.population).toBe(111_000);
    expect(riket.capacity).toBeCloseTo(110, 9); // 80 + 20 + 10
    expect(valueOf(riket.residentsPerDoctor)).toBeCloseTo(1009.0909, 3); // 111 000 / 110
  });

  it('is missing, not 0, when no region has reported', () => {
    const riket = nationalFigures([
      { regionCode: '01', population: 2_400_000, staffing: null },
      { regionCode: '03', population: null, staffing: null },
    ]);
    expect(riket.residentsPerDoctor).toEqual({ kind: 'missing', reason: 'not_reported' });
    expect(riket.includedRegions).toEqual([]);
    expect(riket.excludedRegions).toEqual(['01', '03']);
  });

  it('is missing when the list of regions is empty', () => {
    expect(nationalFigures([]).residentsPerDoctor.kind).toBe('missing');
  });

  it('is "no capacity" rather than Infinity when the reporting regions have no doctors', () => {
    const riket = nationalFigures([
      { regionCode: '01', population: 100_000, staffing: { specialistsFte: 0, traineesFte: 0 } },
    ]);
    expect(riket.residentsPerDoctor).toEqual({ kind: 'missing', reason: 'no_capacity' });
  });

  it('lies between the lowest and highest regional ratio', () => {
    const region = fc.record({
      population: fc.integer({ min: 1_000, max: 2_500_000 }),
      specialistHundredths: fc.integer({ min: 1, max: 200_000 }),
      traineeHundredths: fc.integer({ min: 0, max: 50_000 }),
    });
    fc.assert(
      fc.property(fc.array(region, { minLength: 1, maxLength: 21 }), (list) => {
        const regions: RegionFigures[] = list.map((r, i) => ({
          regionCode: String(i),
          population: r.population,
          staffing: { specialistsFte: r.specialistHundredths / 100, traineesFte: r.traineeHundredths / 100 },
        }));
        const ratios = list.map((r) => r.population / (r.specialistHundredths / 100 + r.traineeHundredths / 200));
        const low = Math.min(...ratios);
        const high = Math.max(...ratios);
        const riket = valueOf(nationalFigures(regions).residentsPerDoctor);
        expect(riket).toBeGreaterThanOrEqual(low * (1 - 1e-9));
        expect(riket).toBeLessThanOrEqual(high * (1 + 1e-9));
      }),
    );
  });

  it('is not changed by adding regions that have not reported', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 2_500_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1_000, max: 2_500_000 }),
        (population, specialistsFte, otherPopulation) => {
          const reporting: RegionFigures = { regionCode: '01', population, staffing: { specialistsFte, traineesFte: 0 } };
          const silent: RegionFigures = { regionCode: '03', population: otherPopulation, staffing: null };
          const alone = valueOf(nationalFigures([reporting]).residentsPerDoctor);
          const withSilent = valueOf(nationalFigures([reporting, silent]).residentsPerDoctor);
          expect(withSilent).toBe(alone);
          expect(alone).toBeCloseTo(population / specialistsFte, 6);
        },
      ),
    );
  });
});

describe('Riket against the guideline', () => {
  it('needs Σ population / 1 100 FTE and misses that minus Σ capacity', () => {
    const national = nationalFigures([
      { regionCode: 'A', population: 110_000, staffing: { specialistsFte: 60, traineesFte: 20 } }, // capacity 70
      { regionCode: 'B', population: 55_000, staffing: { specialistsFte: 20, traineesFte: 0 } }, // capacity 20
      { regionCode: 'C', population: 99_000, staffing: null },
    ]);
    expect(national.fteNeededFor1100).toEqual({ kind: 'value', value: 150 });
    expect(national.gapTo1100).toEqual({ kind: 'value', value: 60 });
  });

  it('has no need or gap when no region reported', () => {
    const national = nationalFigures([{ regionCode: 'A', population: 110_000, staffing: null }]);
    expect(national.fteNeededFor1100).toEqual({ kind: 'missing', reason: 'not_reported' });
    expect(national.gapTo1100).toEqual({ kind: 'missing', reason: 'not_reported' });
  });
});

describe('rounding as shown', () => {
  it('rounds to the given decimals, half away from zero for positive figures as Math.round does', () => {
    expect(roundTo(1487.5, 0)).toBe(1488);
    expect(roundTo(46.1538, 1)).toBe(46.2);
    expect(roundTo(-3.25, 1)).toBe(-3.2);
    expect(roundTo(0.5, 0)).toBe(1);
  });
});
