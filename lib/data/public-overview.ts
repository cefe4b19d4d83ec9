import 'server-only';
import type { DecisionKind } from '@/lib/domain/decisions';
import type { Measure } from '@/lib/domain/metrics';
import type { PartialDate } from '@/lib/domain/partial-date';
import type { PopulationFigure } from '@/lib/domain/population';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import { loadPublishedRecord } from './published-record';

type SourceStatus = 'verified' | 'secondary' | 'uncertain';

export interface DecisionDto {
  kind: DecisionKind;
  targetFigure: number | null;
  targetType: 'interim' | 'final' | null;
  decidedOn: PartialDate;
  decidingBody: string | null;
  sourceUrl: string | null;
  sourceTitle: string | null;
  sourceStatus: SourceStatus;
  note: string | null;
}

export interface StaffingDto {
  referenceDate: string;
  populationYear: number | null;
  residentsPerDoctor: Measure;
  gapTo1100: Measure;
  gapToOwnTarget: Measure;
  source: string;
  isExample: boolean;
}

export interface RegionOverviewDto {
  code: string;
  nameSv: string;
  nameEn: string;
  isoCode: string;
  population: (PopulationFigure & { sourceStatus: SourceStatus }) | null;
  decision: DecisionDto | null;
  /** The latest published staffing report on or before the date, if any. */
  staffing: StaffingDto | null;
}

export interface PublicOverviewDto {
  asOf: string;
  guideline: { publishedOn: string; residentsPerSpecialist: number; residentsPerTrainee: number; sourceUrl: string; sourceTitle: string } | null;
  regions: RegionOverviewDto[];
  national: { residentsPerDoctor: Measure; includedRegions: string[]; excludedRegions: string[] };
  /** True when anything shown comes from the labelled example dataset. */
  containsExampleData: boolean;
}

/**
 * The public overview of all 21 regions as of a date: latest population, the decision in force and the
 * latest staffing report, with the figures derived by the metrics module. Public: published rows only.
 */
export async function getPublicOverview(asOf: string): Promise<PublicOverviewDto> {
  const record = await loadPublishedRecord();
  const { regions, national } = snapshotAsOf(record, asOf);
  const guideline = record.guidelines.filter((g) => g.publishedOn <= asOf).at(-1);

  const overview = regions.map(
    (s): RegionOverviewDto => ({
      code: s.region.code,
      nameSv: s.region.nameSv,
      nameEn: s.region.nameEn,
      isoCode: s.region.isoCode,
      population: s.latestPopulation
        ? { year: s.latestPopulation.year, residents: s.latestPopulation.residents, sourceStatus: s.latestPopulation.sourceStatus }
        : null,
      decision: s.decision
        ? {
            kind: s.decision.kind,
            targetFigure: s.decision.targetFigure,
            targetType: s.decision.targetType,
            decidedOn: s.decision.decidedOn,
            decidingBody: s.decision.decidingBody,
            sourceUrl: s.decision.sourceUrl,
            sourceTitle: s.decision.sourceTitle,
            sourceStatus: s.decision.sourceStatus,
            note: s.decision.note,
          }
        : null,
      staffing: s.report
        ? {
            referenceDate: s.report.referenceDate,
            populationYear: s.reportPopulation?.year ?? null,
            residentsPerDoctor: s.residentsPerDoctor,
            gapTo1100: s.gapTo1100,
            gapToOwnTarget: s.gapToOwnTarget,
            source: s.report.source,
            isExample: s.report.isExample,
          }
        : null,
    }),
  );

  return {
    asOf,
    guideline: guideline
      ? {
          publishedOn: guideline.publishedOn,
          residentsPerSpecialist: guideline.residentsPerSpecialist,
          residentsPerTrainee: guideline.residentsPerTrainee,
          sourceUrl: guideline.sourceUrl,
          sourceTitle: guideline.sourceTitle,
        }
      : null,
    regions: overview,
    national: {
      residentsPerDoctor: national.residentsPerDoctor,
      includedRegions: national.includedRegions,
      excludedRegions: national.excludedRegions,
    },
    containsExampleData: overview.some((r) => r.staffing?.isExample),
  };
}
