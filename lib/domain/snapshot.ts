import { decisionInForce, ownTarget, type DecisionEvent } from './decisions';
import {
  capacity,
  fteGap,
  fteNeeded,
  nationalFigures,
  residentsPerDoctor,
  shareWithNamedContact,
  type Measure,
  type NationalFigures,
  type StaffingFigures,
} from './metrics';
import { lastYearEndedBy, latestPopulation, populationForDate, type PopulationFigure } from './population';

/**
 * Every region's figures on one day, from plain published rows. Pure, so the server (pages, API) and
 * the browser (the dashboard's time slider) derive exactly the same figures the same way.
 */

export interface SnapshotRows<
  R extends { code: string },
  P extends PopulationFigure & { regionCode: string },
  D extends DecisionEvent & { regionCode: string },
  S extends StaffingFigures & { regionCode: string; referenceDate: string; residentsWithNamedContact: number | null },
> {
  regions: readonly R[];
  population: readonly P[];
  decisions: readonly D[];
  /** Published staffing reports, in ascending reference-date order. */
  staffing: readonly S[];
}

export interface RegionSnapshot<R, P, D, S> {
  region: R;
  /** The latest population figure whose year had ended by the day. */
  latestPopulation: P | null;
  decision: D | null;
  ownTarget: number | null;
  /** The latest report on or before the day. */
  report: S | null;
  /** The population the report is divided by (year-end before its reference date). */
  reportPopulation: P | null;
  capacity: Measure;
  residentsPerDoctor: Measure;
  fteNeededFor1100: Measure;
  gapTo1100: Measure;
  fteNeededForOwnTarget: Measure;
  gapToOwnTarget: Measure;
  shareWithNamedContact: Measure;
}

export function snapshotAsOf<
  R extends { code: string },
  P extends PopulationFigure & { regionCode: string },
  D extends DecisionEvent & { regionCode: string },
  S extends StaffingFigures & { regionCode: string; referenceDate: string; residentsWithNamedContact: number | null },
>(rows: SnapshotRows<R, P, D, S>, asOf: string): { regions: RegionSnapshot<R, P, D, S>[]; national: NationalFigures } {
  const regions = rows.regions.map((region): RegionSnapshot<R, P, D, S> => {
    const regionPopulation = rows.population.filter((p) => p.regionCode === region.code);
    const decision = decisionInForce(
      rows.decisions.filter((d) => d.regionCode === region.code),
      asOf,
    );
    const target = ownTarget(decision);
    const report = rows.staffing.filter((s) => s.regionCode === region.code && s.referenceDate <= asOf).at(-1) ?? null;
    const reportPopulation = report ? populationForDate(regionPopulation, report.referenceDate) : null;
    const residents = reportPopulation?.residents ?? null;
    const notReported: Measure = { kind: 'missing', reason: 'not_reported' };
    return {
      region,
      latestPopulation: latestPopulation(regionPopulation.filter((p) => p.year <= lastYearEndedBy(asOf))),
      decision,
      ownTarget: target,
      report,
      reportPopulation,
      capacity: capacity(report),
      residentsPerDoctor: residentsPerDoctor(residents, report),
      fteNeededFor1100: report ? fteNeeded(residents) : notReported,
      gapTo1100: fteGap(residents, report),
      fteNeededForOwnTarget: report ? fteNeeded(residents, target) : notReported,
      gapToOwnTarget: fteGap(residents, report, target),
      shareWithNamedContact: report ? shareWithNamedContact(report.residentsWithNamedContact, residents) : notReported,
    };
  });
  const national = nationalFigures(
    regions.map((s) => ({ regionCode: s.region.code, population: s.reportPopulation?.residents ?? null, staffing: s.report })),
  );
  return { regions, national };
}
