import 'server-only';
import { asc } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import {
  datasetState,
  decisions,
  externalMeasures,
  namedContactShares,
  followUpRounds,
  guidelines,
  population,
  regions,
  staffingReports,
  type Decision,
  type ExternalMeasureRow,
  type NamedContactShareRow,
  type FollowUpRound,
  type Guideline,
  type PopulationRow,
  type Region,
  type StaffingReport,
} from '@/lib/db/schema';
import type { PartialDate } from '@/lib/domain/partial-date';
import { publicRead } from './guard';
import { publishedOnly } from './internal/published';

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
  /** Sourced shares of residents with a named fast läkarkontakt (public facts, not region reports). */
  namedContactShares: NamedContactShareRow[];
  /** Others' figures with their own definitions, shown beside the product's measure. */
  externalMeasures: ExternalMeasureRow[];
  /** When anything public may last have changed (moved forward by database triggers on every write). */
  lastModified: Date;
}

export const loadPublishedRecord = publicRead(async (): Promise<PublishedRecord> => {
  const { db } = getConnection();
  // One snapshot: all reads see the same committed state, even across pooled connections.
  return db.transaction(
    async (tx) => {
      const [regionRows, populationRows, decisionRows, staffingRows, guidelineRows, roundRows, shareRows, externalRows, [state]] = await Promise.all([
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
        tx.select().from(namedContactShares).orderBy(asc(namedContactShares.referenceDate), asc(namedContactShares.regionCode)),
        tx.select().from(externalMeasures).orderBy(asc(externalMeasures.measure), asc(externalMeasures.regionCode), asc(externalMeasures.id)),
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
        namedContactShares: shareRows,
        externalMeasures: externalRows,
        lastModified: state?.changedAt ?? new Date(0),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
});
