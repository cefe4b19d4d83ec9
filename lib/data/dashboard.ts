import 'server-only';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST, GUIDELINE_RESIDENTS_PER_TRAINEE } from '@/lib/domain/metrics';
import { todayInSweden } from '@/lib/i18n/format';
import { publicRead } from './guard';
import { loadPublishedRecord } from './published-record';

/**
 * The published record for the public dashboard, as plain JSON-safe rows (lib/domain/dashboard-data.ts
 * describes them to the views that draw them). Public: published rows only.
 */
export const getDashboardData = publicRead(async () => {
  const record = await loadPublishedRecord();
  const guideline = record.guidelines.at(-1);
  return {
    today: todayInSweden(),
    lastUpdated: record.lastModified.toISOString(),
    guideline: guideline
      ? {
          publishedOn: guideline.publishedOn,
          residentsPerSpecialist: guideline.residentsPerSpecialist,
          residentsPerTrainee: guideline.residentsPerTrainee,
          sourceUrl: guideline.sourceUrl,
          sourceTitle: guideline.sourceTitle,
        }
      : { publishedOn: '2022-04-28', residentsPerSpecialist: GUIDELINE_RESIDENTS_PER_SPECIALIST, residentsPerTrainee: GUIDELINE_RESIDENTS_PER_TRAINEE, sourceUrl: '', sourceTitle: '' },
    regions: record.regions.map(({ code, nameSv, nameEn, isoCode }) => ({ code, nameSv, nameEn, isoCode })),
    population: record.population.map(({ regionCode, year, residents }) => ({ regionCode, year, residents })),
    decisions: record.decisions.map((d) => ({
      id: d.id,
      regionCode: d.regionCode,
      kind: d.kind,
      targetFigure: d.targetFigure,
      targetType: d.targetType,
      targetYear: d.targetYear,
      decidedOn: d.decidedOn,
      decidingBody: d.decidingBody,
      reference: d.reference,
      sourceUrl: d.sourceUrl,
      sourceTitle: d.sourceTitle,
      sourceStatus: d.sourceStatus,
      note: d.note,
      noteEn: d.noteEn,
    })),
    reports: record.staffing.map((s) => ({
      regionCode: s.regionCode,
      referenceDate: s.referenceDate,
      specialistsHeadcount: s.specialistsHeadcount,
      specialistsFte: s.specialistsFte,
      traineesHeadcount: s.traineesHeadcount,
      traineesFte: s.traineesFte,
      residentsWithNamedContact: s.residentsWithNamedContact,
      source: s.source,
      isExample: s.isExample,
    })),
    namedContactShares: record.namedContactShares.map(({ regionCode, referenceDate, sharePercent, sourceUrl, sourceTitle, sourceStatus }) => ({
      regionCode,
      referenceDate,
      sharePercent,
      sourceUrl,
      sourceTitle,
      sourceStatus,
    })),
    externalMeasures: record.externalMeasures.map(({ id, regionCode, publisher, measure, valueText, valueEn, period, definitionSv, definitionEn, quote, sourceUrl, sourceTitle, sourceStatus, publishedOn, noteSv, noteEn }) => ({
      id,
      regionCode,
      publisher,
      measure,
      valueText,
      valueEn,
      period,
      definitionSv,
      definitionEn,
      quote,
      sourceUrl,
      sourceTitle,
      sourceStatus,
      publishedOn,
      noteSv,
      noteEn,
    })),
    containsExampleData: record.staffing.some((s) => s.isExample),
  };
});

export type PublicRows = Awaited<ReturnType<typeof getDashboardData>>;
