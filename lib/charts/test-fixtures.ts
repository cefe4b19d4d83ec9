// Hand-built dashboard data for the chart tests (not a test file itself). The decisions mirror the
// seed (Gotland decided 1 100 in June 2022, Norrbotten in August 2022, Värmland 1 500 as a step in
// June 2022, Uppsala a reduction without a figure in June 2022 then 1 100 by May 2023, Skåne an
// ambition in June 2022), plus made-up events to exercise the step line. Staffing figures are made up,
// chosen so every expected figure is easy to compute by hand.
import type { SeriesOptionInput } from './series-model';
import type { DashboardData, DashboardDecision, DashboardReport } from '@/lib/domain/dashboard-data';
import type { DecisionKind } from '@/lib/domain/decisions';
import type { PartialDate } from '@/lib/domain/partial-date';
import enMessages from '@/messages/en/charts.json';
import svMessages from '@/messages/sv/charts.json';
import { regionRows } from '@/lib/domain/regions';
import type { ChartLabels } from './labels';

export const labels: ChartLabels = svMessages.charts;
export const labelsEn: ChartLabels = enMessages.charts;

const month = (yearMonth: string, isUpperBound = false): PartialDate => ({ date: `${yearMonth}-01`, precision: 'month', isUpperBound });
const day = (date: string): PartialDate => ({ date, precision: 'day', isUpperBound: false });
const year = (y: string): PartialDate => ({ date: `${y}-01-01`, precision: 'year', isUpperBound: false });

function decision(
  id: number,
  regionCode: string,
  kind: DecisionKind,
  targetFigure: number | null,
  decidedOn: PartialDate,
  extra: Partial<DashboardDecision> = {},
): DashboardDecision {
  return {
    id,
    regionCode,
    kind,
    targetFigure,
    decidedOn,
    targetType: targetFigure === null ? null : 'final',
    targetYear: null,
    decidingBody: null,
    reference: null,
    sourceUrl: null,
    sourceTitle: `Källa ${id}`,
    sourceStatus: 'verified',
    note: null,
    noteEn: null,
    ...extra,
  };
}

function report(
  regionCode: string,
  referenceDate: string,
  specialistsFte: number,
  traineesFte: number,
  residentsWithNamedContact: number | null = null,
): DashboardReport {
  return {
    regionCode,
    referenceDate,
    specialistsHeadcount: Math.round(specialistsFte),
    specialistsFte,
    traineesHeadcount: Math.round(traineesFte),
    traineesFte,
    residentsWithNamedContact,
    source: `Rapport ${regionCode} ${referenceDate}`,
    isExample: true,
  };
}

/** Residents on 31 December. Kalmar (08) has none: its report has no population to divide by. */
const POPULATION: Record<string, Record<number, number>> = {
  '09': { 2022: 60_000, 2023: 61_000 },
  '25': { 2022: 250_000, 2023: 249_000 },
  '17': { 2022: 283_000, 2023: 284_000 },
};

export function dashboardFixture(): DashboardData {
  return {
    today: '2025-06-30',
    lastUpdated: '2025-06-30T08:00:00.000Z',
    guideline: {
      publishedOn: '2022-04-28',
      residentsPerSpecialist: 1100,
      residentsPerTrainee: 550,
      sourceUrl: 'https://example.org/riktvarde',
      sourceTitle: 'Socialstyrelsen',
    },
    regions: regionRows.map((r) => ({ code: r.code, nameSv: r.nameSv, nameEn: r.nameEn, isoCode: r.isoCode })),
    population: regionRows
      .filter((r) => r.code !== '08')
      .flatMap((r) =>
        [2022, 2023].map((y) => ({ regionCode: r.code, year: y, residents: POPULATION[r.code]?.[y] ?? 100_000 })),
      ),
    decisions: [
      decision(1, '09', 'decided_1100', 1100, month('2022-06')),
      decision(2, '25', 'decided_1100', 1100, month('2022-08')),
      decision(3, '17', 'decided_figure', 1500, month('2022-06'), { targetType: 'interim' }),
      decision(4, '17', 'decided_1100', 1100, year('2024')),
      decision(5, '03', 'decided_no_figure', null, month('2022-06'), { decidingBody: 'Vårdstyrelsen' }),
      decision(6, '03', 'decided_1100', 1100, month('2023-05', true)),
      decision(7, '12', 'ambition', null, month('2022-06')),
      decision(8, '25', 'revoked', null, day('2024-03-15')),
    ],
    namedContactShares: [],
    externalMeasures: [],
    reports: [
      // 2022-12-31: Gotland 60 000 / (40 + 0.5 × 10) = 1 333.3; Norrbotten 250 000 / 150 = 1 666.7.
      report('09', '2022-12-31', 40, 10, 24_000),
      report('25', '2022-12-31', 150, 0, 150_000),
      // 2023-12-31: Gotland 61 000 / 60 = 1 016.7; Norrbotten 249 000 / 113 = 2 203.5; Värmland
      // 284 000 / 100 = 2 840; Kalmar reported but has no population (a missing figure, not a zero).
      report('09', '2023-12-31', 50, 20, 30_500),
      report('25', '2023-12-31', 100, 26, null),
      report('17', '2023-12-31', 100, 0, 113_600),
      report('08', '2023-12-31', 50, 0, null),
    ],
    containsExampleData: true,
  };
}

export const EVIL = '<img src=x onerror=alert(1)>';

/** The fixture with markup in a region name and in a decision's source and deciding body. */
export function evilFixture(): DashboardData {
  const data = dashboardFixture();
  return {
    ...data,
    regions: data.regions.map((r) => (r.code === '09' ? { ...r, nameSv: EVIL, nameEn: EVIL } : r)),
    decisions: data.decisions.map((d) => (d.id === 1 ? { ...d, sourceTitle: EVIL, decidingBody: `"Nämnden" & '${EVIL}'` } : d)),
    reports: data.reports.map((r) => (r.regionCode === '09' ? { ...r, source: EVIL } : r)),
  };
}

/**
 * Every region reports for 2025-12-31 (a complete Riket), then Gotland alone for 2026-06-30 and a
 * decision of 1 000 taken afterwards (2026-10-15): the case where coverage must not pass for change.
 */
export function completeFixture(): DashboardData {
  const data = dashboardFixture();
  data.today = '2026-11-30';
  data.population = regionRows.flatMap((r, i) => [2024, 2025].map((year) => ({ regionCode: r.code, year, residents: 100_000 + 10_000 * i })));
  data.reports = [
    ...regionRows.map((r) => report(r.code, '2025-12-31', 50, 20, null)),
    report('09', '2026-06-30', 30, 0, null),
  ];
  data.decisions = [...data.decisions, decision(9, '09', 'decided_figure', 1000, day('2026-10-15'))];
  return data;
}

/** The time series of the given regions and measure, in Swedish, over the fixture's data. */
export function seriesInput(regions: string[], measure: SeriesOptionInput['measure'] = 'residentsPerDoctor', data = dashboardFixture()): SeriesOptionInput {
  return { data, regions, measure, labels, locale: 'sv' };
}
