/**
 * The figures of the follow-up, computed in one place. Missing is never zero: every measure is either
 * a value or the reason it has none, and callers show the reason ("ej rapporterad") instead of 0.
 */

/** The national guideline, 2022-04-28: residents per specialist; a trainee (ST) counts as half. */
export const GUIDELINE_RESIDENTS_PER_SPECIALIST = 1100;
export const TRAINEE_WEIGHT = 0.5;
/** The same guideline per trainee: 550 residents, since a trainee counts as half a specialist. */
export const GUIDELINE_RESIDENTS_PER_TRAINEE = GUIDELINE_RESIDENTS_PER_SPECIALIST * TRAINEE_WEIGHT;

/** not_known: no source has a figure at all (unlike not_reported, which a source or a round states). */
export type MissingReason = 'not_reported' | 'not_known' | 'no_population' | 'no_capacity' | 'no_target';
export type Measure = { kind: 'value'; value: number } | { kind: 'missing'; reason: MissingReason };

export interface StaffingFigures {
  specialistsFte: number;
  traineesFte: number;
}

const value = (v: number): Measure => ({ kind: 'value', value: v });
const missing = (reason: MissingReason): Measure => ({ kind: 'missing', reason });

/** Doctor capacity in specialist equivalents: specialists FTE + 0.5 × ST FTE. */
export function capacity(staffing: StaffingFigures | null): Measure {
  if (!staffing) return missing('not_reported');
  return value(staffing.specialistsFte + TRAINEE_WEIGHT * staffing.traineesFte);
}

/** Residents per fast läkarkontakt: population / capacity. Lower is better; 1 100 meets the guideline. */
export function residentsPerDoctor(population: number | null, staffing: StaffingFigures | null): Measure {
  const cap = capacity(staffing);
  if (cap.kind === 'missing') return cap;
  if (population === null) return missing('no_population');
  if (cap.value <= 0) return missing('no_capacity');
  return value(population / cap.value);
}

/** Specialist FTE needed for `target` residents per doctor (1 100 unless a region's own figure). */
export function fteNeeded(population: number | null, target: number | null = GUIDELINE_RESIDENTS_PER_SPECIALIST): Measure {
  if (target === null) return missing('no_target');
  if (population === null) return missing('no_population');
  return value(population / target);
}

/** FTE still missing to reach `target`: needed − capacity. Negative means capacity beyond the target. */
export function fteGap(
  population: number | null,
  staffing: StaffingFigures | null,
  target: number | null = GUIDELINE_RESIDENTS_PER_SPECIALIST,
): Measure {
  const cap = capacity(staffing);
  if (cap.kind === 'missing') return cap;
  const needed = fteNeeded(population, target);
  if (needed.kind === 'missing') return needed;
  return value(needed.value - cap.value);
}

/** Share of residents with a named fast läkarkontakt (0–1); missing when not reported. */
export function shareWithNamedContact(residentsWithNamedContact: number | null, population: number | null): Measure {
  if (residentsWithNamedContact === null) return missing('not_reported');
  if (population === null || population <= 0) return missing('no_population');
  return value(residentsWithNamedContact / population);
}

export interface RegionFigures<Code extends string = string> {
  regionCode: Code;
  population: number | null;
  staffing: StaffingFigures | null;
}

export interface NationalFigures<Code extends string = string> {
  population: number;
  capacity: number;
  residentsPerDoctor: Measure;
  fteNeededFor1100: Measure;
  gapTo1100: Measure;
  /** Regions whose population and staffing both count in the sums. */
  includedRegions: Code[];
  excludedRegions: Code[];
}

/**
 * Riket: Σ population / Σ capacity over the regions that reported (never the mean of regional ratios).
 * A region counts only when both its population and its staffing are known; a region that reported
 * zero capacity counts too (it did report, and its residents have no doctor).
 */
export function nationalFigures<Code extends string>(regions: RegionFigures<Code>[]): NationalFigures<Code> {
  let population = 0;
  let totalCapacity = 0;
  const includedRegions: Code[] = [];
  const excludedRegions: Code[] = [];
  for (const region of regions) {
    const cap = capacity(region.staffing);
    if (cap.kind === 'missing' || region.population === null) {
      excludedRegions.push(region.regionCode);
      continue;
    }
    population += region.population;
    totalCapacity += cap.value;
    includedRegions.push(region.regionCode);
  }
  const reported = includedRegions.length > 0;
  // The summed capacity is already in specialist equivalents.
  const totals = reported ? { specialistsFte: totalCapacity, traineesFte: 0 } : null;
  const totalPopulation = reported ? population : null;
  return {
    population,
    capacity: totalCapacity,
    residentsPerDoctor: residentsPerDoctor(totalPopulation, totals),
    fteNeededFor1100: reported ? fteNeeded(totalPopulation) : missing('not_reported'),
    gapTo1100: fteGap(totalPopulation, totals),
    includedRegions,
    excludedRegions,
  };
}

/** A figure rounded to `digits` decimals, as the pages show it and the files write it. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
