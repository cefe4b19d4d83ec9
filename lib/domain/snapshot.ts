import { decisionInForce, ownTarget, type DecisionEvent } from './decisions';
import { capacity, fteGap, fteNeeded, residentsPerDoctor, shareWithNamedContact, type Measure, type StaffingFigures } from './metrics';
import { nationalAsOf, type NationalSharePoint, type NationalStaffingPoint, type NationalStanding } from './national';
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
  /** Sourced shares of residents with a named fast läkarkontakt (null share: the source says not reported). */
  namedContactShares: readonly NamedContactFact[];
}

interface NamedContactFact {
  regionCode: string;
  referenceDate: string;
  sharePercent: number | null;
}

/** The named-contact share a region has on a day, and where it comes from. */
interface NamedContactStanding {
  measure: Measure;
  referenceDate: string | null;
  /** A staffing report's count, a sourced share, or nothing known. */
  from: 'report' | 'source' | null;
}

export interface RegionSnapshot<R, P, D, S> {
  region: R;
  /** The latest population figure whose year had ended by the day. */
  latestPopulation: P | null;
  decision: D | null;
  /** The own decided figure in force on the day asked about (what the region's target is now). */
  ownTarget: number | null;
  /** The latest report on or before the day. */
  report: S | null;
  /** The population the report is divided by (year-end before its reference date). */
  reportPopulation: P | null;
  /** The decision in force on the report's reference date: a later decision never applies to it. */
  reportDecision: D | null;
  /** The own figure the report is measured against (from reportDecision). */
  reportTarget: number | null;
  capacity: Measure;
  residentsPerDoctor: Measure;
  fteNeededFor1100: Measure;
  gapTo1100: Measure;
  fteNeededForOwnTarget: Measure;
  gapToOwnTarget: Measure;
  shareWithNamedContact: NamedContactStanding;
}

export interface NationalSnapshot {
  staffing: NationalStanding<NationalStaffingPoint>;
  namedContact: NationalStanding<NationalSharePoint>;
}

export function snapshotAsOf<
  R extends { code: string },
  P extends PopulationFigure & { regionCode: string },
  D extends DecisionEvent & { regionCode: string },
  S extends StaffingFigures & { regionCode: string; referenceDate: string; residentsWithNamedContact: number | null },
>(rows: SnapshotRows<R, P, D, S>, asOf: string): { regions: RegionSnapshot<R, P, D, S>[]; national: NationalSnapshot } {
  const regions = rows.regions.map((region): RegionSnapshot<R, P, D, S> => {
    const regionPopulation = rows.population.filter((p) => p.regionCode === region.code);
    const regionDecisions = rows.decisions.filter((d) => d.regionCode === region.code);
    const decision = decisionInForce(regionDecisions, asOf);
    const report = rows.staffing.filter((s) => s.regionCode === region.code && s.referenceDate <= asOf).at(-1) ?? null;
    const reportPopulation = report ? populationForDate(regionPopulation, report.referenceDate) : null;
    const reportDecision = report ? decisionInForce(regionDecisions, report.referenceDate) : null;
    const reportTarget = ownTarget(reportDecision);
    const residents = reportPopulation?.residents ?? null;
    const notReported: Measure = { kind: 'missing', reason: 'not_reported' };
    return {
      region,
      latestPopulation: latestPopulation(regionPopulation.filter((p) => p.year <= lastYearEndedBy(asOf))),
      decision,
      ownTarget: ownTarget(decision),
      report,
      reportPopulation,
      reportDecision,
      reportTarget,
      capacity: capacity(report),
      residentsPerDoctor: residentsPerDoctor(residents, report),
      fteNeededFor1100: report ? fteNeeded(residents) : notReported,
      gapTo1100: fteGap(residents, report),
      fteNeededForOwnTarget: report ? fteNeeded(residents, reportTarget) : notReported,
      gapToOwnTarget: fteGap(residents, report, reportTarget),
      shareWithNamedContact: namedContactStanding(rows, region.code, regionPopulation, asOf),
    };
  });
  return { regions, national: nationalAsOf(rows, asOf) };
}

/**
 * A region's latest named-contact share on or before the day: a staffing report's count over the
 * residents it is divided by, or a sourced share; on the same date the region's own report wins.
 * A source saying the region did not report is "not_reported"; no figure anywhere is "not_known".
 */
function namedContactStanding(
  rows: {
    staffing: readonly { regionCode: string; referenceDate: string; residentsWithNamedContact: number | null }[];
    namedContactShares: readonly NamedContactFact[];
  },
  code: string,
  regionPopulation: readonly PopulationFigure[],
  asOf: string,
): NamedContactStanding {
  const report = rows.staffing
    .filter((s) => s.regionCode === code && s.referenceDate <= asOf && s.residentsWithNamedContact !== null)
    .at(-1);
  const fact = rows.namedContactShares
    .filter((f) => f.regionCode === code && f.referenceDate <= asOf)
    .reduce<NamedContactFact | undefined>((latest, f) => (!latest || f.referenceDate > latest.referenceDate ? f : latest), undefined);
  if (report && (!fact || report.referenceDate >= fact.referenceDate)) {
    const residents = populationForDate(regionPopulation, report.referenceDate)?.residents ?? null;
    return { measure: shareWithNamedContact(report.residentsWithNamedContact, residents), referenceDate: report.referenceDate, from: 'report' };
  }
  if (fact) {
    const measure: Measure =
      fact.sharePercent === null ? { kind: 'missing', reason: 'not_reported' } : { kind: 'value', value: fact.sharePercent / 100 };
    return { measure, referenceDate: fact.referenceDate, from: 'source' };
  }
  // A region that reported staffing without the count did not report the share; otherwise nothing is known.
  const reportedStaffing = rows.staffing.some((s) => s.regionCode === code && s.referenceDate <= asOf);
  return { measure: { kind: 'missing', reason: reportedStaffing ? 'not_reported' : 'not_known' }, referenceDate: null, from: null };
}
