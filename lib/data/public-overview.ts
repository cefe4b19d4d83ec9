import 'server-only';
import { asc, desc, lte, and } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { decisions, guidelines, population, regions, staffingReports } from '@/lib/db/schema';
import { decisionInForce, ownTarget, type DecisionKind } from '@/lib/domain/decisions';
import { fteGap, nationalFigures, residentsPerDoctor, type Measure } from '@/lib/domain/metrics';
import type { PartialDate } from '@/lib/domain/partial-date';
import { latestPopulation, populationForDate, type PopulationFigure } from '@/lib/domain/population';
import { publishedOnly } from './published';

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
  const { db } = getConnection();
  const [regionRows, populationRows, decisionRows, staffingRows, guidelineRows] = await Promise.all([
    db.select().from(regions).orderBy(asc(regions.code)),
    db.select().from(population),
    db.select().from(decisions).where(publishedOnly(decisions)).orderBy(asc(decisions.id)),
    db
      .select()
      .from(staffingReports)
      .where(and(publishedOnly(staffingReports), lte(staffingReports.referenceDate, asOf)))
      .orderBy(desc(staffingReports.referenceDate)),
    db.select().from(guidelines).where(lte(guidelines.publishedOn, asOf)).orderBy(desc(guidelines.publishedOn)).limit(1),
  ]);

  const perRegion = regionRows.map((region) => {
    const regionPopulation = populationRows.filter((p) => p.regionCode === region.code);
    const report = staffingRows.find((s) => s.regionCode === region.code) ?? null;
    const reportPopulation = report ? populationForDate(regionPopulation, report.referenceDate) : null;
    const inForce = decisionInForce(
      decisionRows
        .filter((d) => d.regionCode === region.code)
        .map((d) => ({
          ...d,
          decidedOn: { date: d.decidedOn, precision: d.decidedOnPrecision, isUpperBound: d.decidedOnIsUpperBound },
        })),
      asOf,
    );
    return { region, regionPopulation, report, reportPopulation, inForce };
  });

  const overview = perRegion.map(({ region, regionPopulation, report, reportPopulation, inForce }): RegionOverviewDto => {
    const latest = latestPopulation(regionPopulation);
    const residents = reportPopulation?.residents ?? null;
    return {
      code: region.code,
      nameSv: region.nameSv,
      nameEn: region.nameEn,
      isoCode: region.isoCode,
      population: latest ? { year: latest.year, residents: latest.residents, sourceStatus: latest.sourceStatus } : null,
      decision: inForce
        ? {
            kind: inForce.kind,
            targetFigure: inForce.targetFigure,
            targetType: inForce.targetType,
            decidedOn: inForce.decidedOn,
            decidingBody: inForce.decidingBody,
            sourceUrl: inForce.sourceUrl,
            sourceTitle: inForce.sourceTitle,
            sourceStatus: inForce.sourceStatus,
            note: inForce.note,
          }
        : null,
      staffing: report
        ? {
            referenceDate: report.referenceDate,
            populationYear: reportPopulation?.year ?? null,
            residentsPerDoctor: residentsPerDoctor(residents, report),
            gapTo1100: fteGap(residents, report),
            gapToOwnTarget: fteGap(residents, report, ownTarget(inForce)),
            source: report.source,
            isExample: report.isExample,
          }
        : null,
    };
  });

  const national = nationalFigures(
    perRegion.map(({ region, report, reportPopulation }) => ({
      regionCode: region.code,
      population: reportPopulation?.residents ?? null,
      staffing: report,
    })),
  );

  const guideline = guidelineRows[0];
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
