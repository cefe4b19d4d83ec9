export interface PopulationFigure {
  year: number;
  residents: number;
}

/** How many years older than the due year-end figure a population may be and still be used. */
export const MAX_POPULATION_LAG_YEARS = 2;

/**
 * The population to divide by for a reference date: residents on 31 December of the latest year
 * that ended on or before the date (SCB's year-end figure). While that year is not yet known, falls
 * back to at most MAX_POPULATION_LAG_YEARS earlier and returns the figure with its year, so the caller
 * can say which year it used; null when nothing recent enough is known.
 */
export function populationForDate<F extends PopulationFigure>(figures: readonly F[], isoDay: string): F | null {
  const dueYear = lastYearEndedBy(isoDay);
  let best: F | null = null;
  for (const figure of figures) {
    const usable = figure.year <= dueYear && figure.year >= dueYear - MAX_POPULATION_LAG_YEARS;
    if (usable && (best === null || figure.year > best.year)) best = figure;
  }
  return best;
}

/** The last year whose 31 December is on or before the day. */
export function lastYearEndedBy(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) - (isoDay.slice(5) === '12-31' ? 0 : 1);
}

/** The most recent figure known, whatever its year. */
export function latestPopulation<F extends PopulationFigure>(figures: readonly F[]): F | null {
  let best: F | null = null;
  for (const figure of figures) if (best === null || figure.year > best.year) best = figure;
  return best;
}
