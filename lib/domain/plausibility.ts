import { residentsPerDoctor, type StaffingFigures } from './metrics';

/**
 * Plausibility rules that ask for an explanation rather than block (as DHIS2's validation rules do):
 * figures that may be right but deserve a second look. The region confirms with a comment, which is
 * stored with the record and shown to the reviewer.
 */

export type StaffingWarning = 'fte_above_headcount' | 'large_change' | 'far_outside_range' | 'named_above_population';
export type DecisionWarning = 'figure_unusual';
export type PlausibilityWarning = StaffingWarning | DecisionWarning;

/** Residents per doctor may move by at most this share between two reports without a question. */
const LARGE_CHANGE = 0.25;
/** A figure this many times above the highest, or below the lowest, of all regions is asked about. */
const FAR_OUTSIDE_FACTOR = 2;
/** Decided figures outside this range are unusual enough to ask about. */
const USUAL_DECIDED_FIGURES = { min: 800, max: 2500 } as const;

export interface StaffingEntry extends StaffingFigures {
  specialistsHeadcount: number;
  traineesHeadcount: number;
  residentsWithNamedContact: number | null;
}

export interface StaffingContext {
  /** The population the report is divided by; null when not known yet. */
  population: number | null;
  /** The region's previous published residents per doctor; null when none. */
  previousResidentsPerDoctor: number | null;
  /** The latest published residents per doctor of every region that has one. */
  allRegions: readonly number[];
}

export function staffingWarnings(entry: StaffingEntry, context: StaffingContext): StaffingWarning[] {
  const warnings: StaffingWarning[] = [];
  if (entry.specialistsFte > entry.specialistsHeadcount || entry.traineesFte > entry.traineesHeadcount) warnings.push('fte_above_headcount');

  const figure = residentsPerDoctor(context.population, entry);
  if (figure.kind === 'value') {
    const previous = context.previousResidentsPerDoctor;
    if (previous !== null && previous > 0 && Math.abs(figure.value - previous) / previous > LARGE_CHANGE) warnings.push('large_change');
    if (context.allRegions.length >= 3) {
      const lowest = Math.min(...context.allRegions);
      const highest = Math.max(...context.allRegions);
      if (figure.value > highest * FAR_OUTSIDE_FACTOR || figure.value < lowest / FAR_OUTSIDE_FACTOR) warnings.push('far_outside_range');
    }
  }
  if (entry.residentsWithNamedContact !== null && context.population !== null && entry.residentsWithNamedContact > context.population) {
    warnings.push('named_above_population');
  }
  return warnings;
}

export function decisionWarnings(entry: { targetFigure: number | null }): DecisionWarning[] {
  const figure = entry.targetFigure;
  return figure !== null && (figure < USUAL_DECIDED_FIGURES.min || figure > USUAL_DECIDED_FIGURES.max) ? ['figure_unusual'] : [];
}
