import 'server-only';
import { asc } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import {
  datasetState,
  decisions,
  followUpRounds,
  guidelines,
  population,
  regions,
  staffingReports,
  type Decision,
  type FollowUpRound,
  type Guideline,
  type PopulationRow,
  type Region,
  type StaffingReport,
} from '@/lib/db/schema';
import { decisionInForce, ownTarget } from '@/lib/domain/decisions';
import { capacity, fteGap, fteNeeded, nationalFigures, residentsPerDoctor, type Measure, type NationalFigures } from '@/lib/domain/metrics';
import type { PartialDate } from '@/lib/domain/partial-date';
import { latestPopulation, populationForDate } from '@/lib/domain/population';
import { publishedOnly } from './published';

/**
 * Everything public, read at once: the tables are small (21 regions, a few hundred rows), and one
 * consistent read lets every public view and the open-data API derive their figures the same way.
 * Only published decisions and staffing reports are ever loaded here.
 */
/** A published decision with its partly known date as one value. */
export type PublishedDecision = Omit<Decision, 'decidedOn' | 'decidedOnPrecision' | 'decidedOnIsUpperBound'> & {
  decidedOn: PartialDate;
};

export interface PublishedRecord {
  regions: Region[];
  population: PopulationRow[];
  decisions: PublishedDecision[];
  staffing: StaffingReport[];
  guidelines: Guideline[];
  rounds: FollowUpRound[];
  /** When anything public may last have changed (moved forward by database triggers on every write). */
  lastModified: Date;
}

export async function loadPublishedRecord(): Promise<PublishedRecord> {
  const { db } = getConnection();
  // One snapshot: all reads see the same committed state, even across pooled connections.
  return db.transaction(
    async (tx) => {
      const [regionRows, populationRows, decisionRows, staffingRows, guidelineRows, roundRows, [state]] = await Promise.all([
        tx.select().from(regions).orderBy(asc(regions.code)),
        tx.select().from(population).orderBy(asc(population.regionCode), asc(population.year)),
        tx
          .select()
          .from(decisions)
          .where(publishedOnly(decisions))
          .orderBy(asc(decisions.regionCode), asc(decisions.decidedOn), asc(decisions.id)),
        tx
          .select()
          .from(staffingReports)
          .where(publishedOnly(staffingReports))
          .orderBy(asc(staffingReports.regionCode), asc(staffingReports.referenceDate)),
        tx.select().from(guidelines).orderBy(asc(guidelines.publishedOn)),
        tx.select().from(followUpRounds).orderBy(asc(followUpRounds.referenceDate)),
        tx.select({ changedAt: datasetState.changedAt }).from(datasetState),
      ]);
      return {
        regions: regionRows,
        population: populationRows,
        decisions: decisionRows.map(({ decidedOn, decidedOnPrecision, decidedOnIsUpperBound, ...rest }) => ({
          ...rest,
          decidedOn: { date: decidedOn, precision: decidedOnPrecision, isUpperBound: decidedOnIsUpperBound },
        })),
        staffing: staffingRows,
        guidelines: guidelineRows,
        rounds: roundRows,
        lastModified: state?.changedAt ?? new Date(0),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export interface RegionSnapshot {
  region: Region;
  latestPopulation: PopulationRow | null;
  decision: PublishedDecision | null;
  ownTarget: number | null;
  /** The latest published staffing report on or before the date. */
  report: StaffingReport | null;
  /** The population the report is divided by (year-end before its reference date). */
  reportPopulation: PopulationRow | null;
  capacity: Measure;
  residentsPerDoctor: Measure;
  fteNeededFor1100: Measure;
  gapTo1100: Measure;
  fteNeededForOwnTarget: Measure;
  gapToOwnTarget: Measure;
}

/** Each region's figures as of `asOf`, and Riket over the regions that reported. */
export function snapshotAsOf(record: PublishedRecord, asOf: string): { regions: RegionSnapshot[]; national: NationalFigures } {
  const snapshots = record.regions.map((region): RegionSnapshot => {
    const regionPopulation = record.population.filter((p) => p.regionCode === region.code);
    const decision = decisionInForce(
      record.decisions.filter((d) => d.regionCode === region.code),
      asOf,
    );
    const target = ownTarget(decision);
    const report =
      record.staffing.filter((s) => s.regionCode === region.code && s.referenceDate <= asOf).at(-1) ?? null;
    const reportPopulation = report ? populationForDate(regionPopulation, report.referenceDate) : null;
    const residents = reportPopulation?.residents ?? null;
    return {
      region,
      latestPopulation: latestPopulation(regionPopulation),
      decision,
      ownTarget: target,
      report,
      reportPopulation,
      capacity: capacity(report),
      residentsPerDoctor: residentsPerDoctor(residents, report),
      fteNeededFor1100: report ? fteNeeded(residents) : { kind: 'missing', reason: 'not_reported' },
      gapTo1100: fteGap(residents, report),
      fteNeededForOwnTarget: report ? fteNeeded(residents, target) : { kind: 'missing', reason: 'not_reported' },
      gapToOwnTarget: fteGap(residents, report, target),
    };
  });
  const national = nationalFigures(
    snapshots.map((s) => ({ regionCode: s.region.code, population: s.reportPopulation?.residents ?? null, staffing: s.report })),
  );
  return { regions: snapshots, national };
}
