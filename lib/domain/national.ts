import { nationalFigures, type Measure, type StaffingFigures } from './metrics';
import { populationForDate, type PopulationFigure } from './population';

/**
 * Riket, built once for every view (map, table, chart, region pages, API, files). Regions report at
 * different times, so a national figure for a reference date sums only the regions that reported for
 * exactly that date, and always says which regions and what share of the population it covers. Below
 * COVERAGE_THRESHOLD of the population it is partial: shown with its coverage, never joined to the
 * national line and never described as a change.
 */

/** A national figure covering less than this share of the population is partial. */
export const COVERAGE_THRESHOLD = 0.8;

export interface Coverage {
  /** The regions counted, by SCB code, in code order. */
  regions: string[];
  totalRegions: number;
  /** Σ population of the regions counted. */
  population: number;
  /** Σ population of every region with a known population for the date. */
  totalPopulation: number;
  /** population / totalPopulation (0 when nothing is known). */
  populationShare: number;
  /** At or above COVERAGE_THRESHOLD of the population. */
  complete: boolean;
}

export interface NationalStaffingPoint {
  date: string;
  population: number;
  capacity: number;
  residentsPerDoctor: Measure;
  fteNeededFor1100: Measure;
  gapTo1100: Measure;
  coverage: Coverage;
}

export interface NationalSharePoint {
  date: string;
  shareWithNamedContact: Measure;
  coverage: Coverage;
}

/** The latest national point on or before a day, and the latest complete one (the same when complete). */
export interface NationalStanding<P> {
  current: P | null;
  lastComplete: P | null;
}

export interface NationalRows {
  regions: readonly { code: string }[];
  population: readonly (PopulationFigure & { regionCode: string })[];
  staffing: readonly (StaffingFigures & { regionCode: string; referenceDate: string; residentsWithNamedContact: number | null })[];
  namedContactShares: readonly { regionCode: string; referenceDate: string; sharePercent: number | null }[];
}

export interface NationalSeries {
  staffing: NationalStaffingPoint[];
  namedContact: NationalSharePoint[];
}

function coverageOf(rows: NationalRows, counted: ReadonlySet<string>, populationOf: (code: string) => number | null): Coverage {
  let population = 0;
  let totalPopulation = 0;
  for (const region of rows.regions) {
    const residents = populationOf(region.code);
    if (residents === null) continue;
    totalPopulation += residents;
    if (counted.has(region.code)) population += residents;
  }
  const populationShare = totalPopulation > 0 ? population / totalPopulation : 0;
  return {
    regions: rows.regions.map((r) => r.code).filter((code) => counted.has(code)),
    totalRegions: rows.regions.length,
    population,
    totalPopulation,
    populationShare,
    complete: populationShare >= COVERAGE_THRESHOLD,
  };
}

function populationLookup(rows: NationalRows, date: string): (code: string) => number | null {
  const cache = new Map<string, number | null>();
  return (code) => {
    if (!cache.has(code)) {
      const figure = populationForDate(
        rows.population.filter((p) => p.regionCode === code),
        date,
      );
      cache.set(code, figure?.residents ?? null);
    }
    return cache.get(code) ?? null;
  };
}

/** Riket's staffing figures for one reference date: Σ/Σ over the regions that reported for it. */
export function nationalStaffingAt(rows: NationalRows, date: string): NationalStaffingPoint {
  const populationOf = populationLookup(rows, date);
  const figures = nationalFigures(
    rows.staffing
      .filter((s) => s.referenceDate === date)
      .map((s) => ({ regionCode: s.regionCode, population: populationOf(s.regionCode), staffing: s })),
  );
  const coverage = coverageOf(rows, new Set(figures.includedRegions), populationOf);
  return {
    date,
    population: figures.population,
    capacity: figures.capacity,
    residentsPerDoctor: figures.residentsPerDoctor,
    fteNeededFor1100: figures.fteNeededFor1100,
    gapTo1100: figures.gapTo1100,
    coverage,
  };
}

/**
 * Riket's share of residents with a named fast läkarkontakt for one reference date: Σ named / Σ
 * residents over the regions with a figure for that date, from a staffing report's count or, failing
 * that, a sourced share (its percent of the region's residents).
 */
export function nationalShareAt(rows: NationalRows, date: string): NationalSharePoint {
  const populationOf = populationLookup(rows, date);
  const named = new Map<string, number>();
  for (const fact of rows.namedContactShares) {
    const residents = populationOf(fact.regionCode);
    if (fact.referenceDate === date && fact.sharePercent !== null && residents !== null) {
      named.set(fact.regionCode, (fact.sharePercent / 100) * residents);
    }
  }
  for (const report of rows.staffing) {
    if (report.referenceDate === date && report.residentsWithNamedContact !== null && populationOf(report.regionCode) !== null) {
      named.set(report.regionCode, report.residentsWithNamedContact);
    }
  }
  const coverage = coverageOf(rows, new Set(named.keys()), populationOf);
  const total = [...named.values()].reduce((sum, n) => sum + n, 0);
  const shareWithNamedContact: Measure =
    coverage.population > 0 ? { kind: 'value', value: total / coverage.population } : { kind: 'missing', reason: 'not_reported' };
  return { date, shareWithNamedContact, coverage };
}

/** The reference dates with any staffing report, and with any named-contact figure, ascending. */
function nationalDates(rows: NationalRows): { staffing: string[]; namedContact: string[] } {
  const staffing = [...new Set(rows.staffing.map((s) => s.referenceDate))].sort();
  const namedContact = [
    ...new Set([
      ...rows.staffing.filter((s) => s.residentsWithNamedContact !== null).map((s) => s.referenceDate),
      ...rows.namedContactShares.filter((f) => f.sharePercent !== null).map((f) => f.referenceDate),
    ]),
  ].sort();
  return { staffing, namedContact };
}

/** Riket at every reference date: what the chart draws and the API lists. */
export function nationalSeries(rows: NationalRows): NationalSeries {
  const dates = nationalDates(rows);
  return {
    staffing: dates.staffing.map((date) => nationalStaffingAt(rows, date)),
    namedContact: dates.namedContact.map((date) => nationalShareAt(rows, date)),
  };
}

function standing<P extends { date: string; coverage: Coverage }>(points: readonly P[], asOf: string): NationalStanding<P> {
  const known = points.filter((p) => p.date <= asOf);
  return { current: known.at(-1) ?? null, lastComplete: known.filter((p) => p.coverage.complete).at(-1) ?? null };
}

/**
 * Riket as every view shows it on a day: the latest complete point, else the latest partial one; and a
 * later partial point, named apart and never read as a change.
 */
export function nationalShown<P>(standing: NationalStanding<P>): { shown: P | null; laterPartial: P | null } {
  const shown = standing.lastComplete ?? standing.current;
  return { shown, laterPartial: standing.current !== null && standing.current !== shown ? standing.current : null };
}

/** Whether Riket's points sum any report of the labelled example dataset (a region they count, on their date). */
export function nationalIsExample(
  staffing: readonly { regionCode: string; referenceDate: string; residentsWithNamedContact: number | null; isExample: boolean }[],
  staffingPoint: NationalStaffingPoint | null,
  sharePoint: NationalSharePoint | null,
): boolean {
  return staffing.some(
    (s) =>
      s.isExample &&
      ((staffingPoint !== null && s.referenceDate === staffingPoint.date && staffingPoint.coverage.regions.includes(s.regionCode)) ||
        (sharePoint !== null &&
          s.referenceDate === sharePoint.date &&
          s.residentsWithNamedContact !== null &&
          sharePoint.coverage.regions.includes(s.regionCode))),
  );
}

/** Riket as of a day: the latest national point on or before it, and the latest complete one. */
export function nationalAsOf(
  rows: NationalRows,
  asOf: string,
): { staffing: NationalStanding<NationalStaffingPoint>; namedContact: NationalStanding<NationalSharePoint> } {
  const series = nationalSeries(rows);
  return { staffing: standing(series.staffing, asOf), namedContact: standing(series.namedContact, asOf) };
}
