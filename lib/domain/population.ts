export interface PopulationFigure {
  year: number;
  residents: number;
}

/**
 * The population to divide by for a reference date: residents on 31 December of the latest year
 * that ended on or before the date (SCB's year-end figure). Falls back to the latest earlier year that
 * is known, and says which year it used; null when none is known.
 */
export function populationForDate<F extends PopulationFigure>(figures: readonly F[], isoDay: string): F | null {
  const day = isoDay.slice(5);
  const lastCompletedYear = Number(isoDay.slice(0, 4)) - (day === '12-31' ? 0 : 1);
  let best: F | null = null;
  for (const figure of figures) {
    if (figure.year <= lastCompletedYear && (best === null || figure.year > best.year)) best = figure;
  }
  return best;
}

/** The most recent figure known, whatever its year. */
export function latestPopulation<F extends PopulationFigure>(figures: readonly F[]): F | null {
  let best: F | null = null;
  for (const figure of figures) if (best === null || figure.year > best.year) best = figure;
  return best;
}
