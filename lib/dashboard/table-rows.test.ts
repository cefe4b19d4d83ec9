import {
  constructTable,
  createFilteredRowModel,
  createSortedRowModel,
  columnFilteringFeature,
  rowPinningFeature,
  rowSortingFeature,
  tableFeatures,
  type SortingState,
} from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import type { DashboardData, DashboardDecision, DashboardReport } from '@/lib/domain/dashboard-data';
import {
  buildTableRows,
  columnSortOptions,
  compareSortKeys,
  compareTableRows,
  matchesDecisionFilter,
  matchesNameFilter,
  NATIONAL_ROW_CODE,
  sortKey,
  sortTableRows,
  TABLE_COLUMN_IDS,
  type TableColumnId,
  type TableRow,
} from './table-rows';

/*
 * Three regions, by hand. On 2024-06-30:
 * - Uppsala (03): "decided a reduction, no figure", known only as "no later than May 2023"; no report.
 * - Gotland (09): decided 1 100 in June 2022; report 2024-03-31 with 40 specialists and 20 ST FTE
 *   (capacity 40 + 0.5 × 20 = 50) over 61 000 residents (31 Dec 2023): 61 000 / 50 = 1 220 residents per
 *   doctor; 61 000 / 1 100 − 50 = 60/11 ≈ 5.45 FTE missing; 30 500 with a named contact = 50 %. Example data.
 *   A second report (2024-09-30, 45 + 0.5 × 20 = 55) is after the day and must not count.
 * - Värmland (17): 1 500 as a step toward 1 100 in June 2022, then 1 100 in September 2024 (after the
 *   day); report 2024-03-31 with zero capacity over 282 000 residents: no ratio, but 282 000 / 1 100 =
 *   2 820/11 ≈ 256.36 FTE missing and 282 000 / 1 500 = 188 to its own target.
 * Riket: Gotland and Värmland reported: (61 000 + 282 000) / (50 + 0) = 6 860; 343 000 / 1 100 − 50 =
 * 2 880/11 ≈ 261.82 FTE missing. Uppsala is left out.
 */

const month = (date: string, isUpperBound = false) => ({ date, precision: 'month' as const, isUpperBound });

function decision(fields: Partial<DashboardDecision> & Pick<DashboardDecision, 'id' | 'regionCode' | 'kind' | 'decidedOn'>): DashboardDecision {
  return {
    targetFigure: null,
    targetType: null,
    targetYear: null,
    decidingBody: null,
    reference: null,
    sourceUrl: null,
    sourceTitle: null,
    sourceStatus: 'verified',
    note: null,
    noteEn: null,
    ...fields,
  };
}

function report(
  regionCode: string,
  referenceDate: string,
  specialistsFte: number,
  traineesFte: number,
  residentsWithNamedContact: number | null,
  isExample: boolean,
): DashboardReport {
  return {
    regionCode,
    referenceDate,
    specialistsHeadcount: Math.ceil(specialistsFte),
    specialistsFte,
    traineesHeadcount: Math.ceil(traineesFte),
    traineesFte,
    residentsWithNamedContact,
    source: 'test',
    isExample,
  };
}

const data: DashboardData = {
  today: '2024-12-31',
  lastUpdated: '2024-12-31T12:00:00Z',
  guideline: {
    publishedOn: '2022-04-28',
    residentsPerSpecialist: 1100,
    residentsPerTrainee: 550,
    sourceUrl: 'https://example.org/riktvarde',
    sourceTitle: 'Riktvärde',
  },
  regions: [
    { code: '03', nameSv: 'Region Uppsala', nameEn: 'Uppsala Region', isoCode: 'SE-C' },
    { code: '09', nameSv: 'Region Gotland', nameEn: 'Gotland Region', isoCode: 'SE-I' },
    { code: '17', nameSv: 'Region Värmland', nameEn: 'Värmland Region', isoCode: 'SE-S' },
  ],
  population: [
    { regionCode: '03', year: 2023, residents: 400_000 },
    { regionCode: '09', year: 2022, residents: 60_000 },
    { regionCode: '09', year: 2023, residents: 61_000 },
    { regionCode: '17', year: 2023, residents: 282_000 },
  ],
  decisions: [
    decision({
      id: 1,
      regionCode: '09',
      kind: 'decided_1100',
      targetFigure: 1100,
      targetType: 'final',
      decidedOn: month('2022-06-01'),
      sourceTitle: 'Regionfullmäktige Gotland',
      sourceUrl: 'https://example.org/gotland',
    }),
    decision({
      id: 2,
      regionCode: '17',
      kind: 'decided_figure',
      targetFigure: 1500,
      targetType: 'interim',
      decidedOn: month('2022-06-01'),
      sourceUrl: 'https://example.org/varmland',
      sourceStatus: 'secondary',
    }),
    decision({
      id: 3,
      regionCode: '17',
      kind: 'decided_1100',
      targetFigure: 1100,
      targetType: 'final',
      decidedOn: month('2024-09-01'),
      sourceTitle: 'Regionstyrelsen Värmland',
    }),
    decision({
      id: 4,
      regionCode: '03',
      kind: 'decided_no_figure',
      decidedOn: month('2023-05-01', true),
      sourceTitle: 'Socialstyrelsens uppföljning',
      sourceStatus: 'secondary',
    }),
  ],
  reports: [
    report('09', '2024-03-31', 40, 20, 30_500, true),
    report('17', '2024-03-31', 0, 0, null, false),
    report('09', '2024-09-30', 45, 20, null, true),
  ],
  namedContactShares: [],
  externalMeasures: [],
  containsExampleData: true,
};

const AS_OF = '2024-06-30';
const notReported = { kind: 'missing', reason: 'not_reported' } as const;

function rowOf(rows: TableRow[], code: string): TableRow {
  const row = rows.find((r) => r.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

function valueOf(measure: TableRow['capacity'] | null): number {
  if (measure?.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(measure)}`);
  return measure.value;
}

describe('buildTableRows', () => {
  const rows = buildTableRows(data, AS_OF, 'sv');

  it('gives one row per region in their order, then Riket', () => {
    expect(rows.map((r) => r.code)).toEqual(['03', '09', '17', NATIONAL_ROW_CODE]);
    expect(rows.map((r) => r.name)).toEqual(['Region Uppsala', 'Region Gotland', 'Region Värmland', 'Riket']);
    expect(rows.map((r) => r.isNational)).toEqual([false, false, false, true]);
    expect(buildTableRows(data, AS_OF, 'en').map((r) => r.name)).toEqual(['Uppsala Region', 'Gotland Region', 'Värmland Region', 'Sweden']);
  });

  it('Gotland: the decision in force, its source, and the figures of the report before the day', () => {
    const gotland = rowOf(rows, '09');
    expect(gotland.decisionKind).toBe('decided_1100');
    expect(gotland.decision).toEqual({ kind: 'decided_1100', figure: 1100, interim: false });
    expect(gotland.decisionDate).toEqual(month('2022-06-01'));
    expect(gotland.ownTarget).toBe(1100);
    expect(gotland.source).toEqual({ title: 'Regionfullmäktige Gotland', url: 'https://example.org/gotland', status: 'verified' });
    expect(gotland.population).toEqual({ residents: 61_000, year: 2023 });
    expect(gotland.reportPopulationYear).toBe(2023);
    // The report of 2024-03-31, not the later one of 2024-09-30 (45 specialists).
    expect(gotland.latestReportDate).toBe('2024-03-31');
    expect(gotland.specialistsFte).toBe(40);
    expect(gotland.traineesFte).toBe(20);
    expect(gotland.capacity).toEqual({ kind: 'value', value: 50 });
    expect(valueOf(gotland.residentsPerDoctor)).toBeCloseTo(1220, 9);
    expect(valueOf(gotland.gapTo1100)).toBeCloseTo(60 / 11, 9);
    expect(valueOf(gotland.gapToOwnTarget)).toBeCloseTo(60 / 11, 9);
    expect(valueOf(gotland.shareWithNamedContact)).toBeCloseTo(0.5, 9);
    expect(gotland.isExample).toBe(true);
    expect(gotland.coverage).toBeNull();
  });

  it('Värmland: the interim figure, and zero capacity is a reported zero with no ratio', () => {
    const varmland = rowOf(rows, '17');
    expect(varmland.decision).toEqual({ kind: 'decided_figure', figure: 1500, interim: true });
    expect(varmland.ownTarget).toBe(1500);
    expect(varmland.source).toEqual({ title: null, url: 'https://example.org/varmland', status: 'secondary' });
    expect(varmland.specialistsFte).toBe(0);
    expect(varmland.traineesFte).toBe(0);
    expect(varmland.capacity).toEqual({ kind: 'value', value: 0 });
    expect(varmland.residentsPerDoctor).toEqual({ kind: 'missing', reason: 'no_capacity' });
    expect(valueOf(varmland.gapTo1100)).toBeCloseTo(2820 / 11, 9);
    expect(valueOf(varmland.gapToOwnTarget)).toBeCloseTo(188, 9);
    expect(varmland.shareWithNamedContact).toEqual(notReported);
    expect(varmland.isExample).toBe(false);
  });

  it('Uppsala: a decision known only as "no later than", and "not reported" (never 0) without a report', () => {
    const uppsala = rowOf(rows, '03');
    expect(uppsala.decisionKind).toBe('decided_no_figure');
    expect(uppsala.decision).toEqual({ kind: 'decided_no_figure', figure: null, interim: false });
    expect(uppsala.decisionDate).toEqual(month('2023-05-01', true));
    expect(uppsala.ownTarget).toBeNull();
    expect(uppsala.population).toEqual({ residents: 400_000, year: 2023 });
    expect(uppsala.specialistsFte).toBeNull();
    expect(uppsala.traineesFte).toBeNull();
    expect(uppsala.latestReportDate).toBeNull();
    expect(uppsala.reportPopulationYear).toBeNull();
    for (const measure of [uppsala.capacity, uppsala.residentsPerDoctor, uppsala.gapTo1100, uppsala.gapToOwnTarget]) {
      expect(measure).toEqual(notReported);
    }
    // No report and no source for the share: nothing is known, which is not the same as "not reported".
    expect(uppsala.shareWithNamedContact).toEqual({ kind: 'missing', reason: 'not_known' });
  });

  it('Riket sums only the regions that reported for its reference date, and says what that covers', () => {
    const riket = rowOf(rows, NATIONAL_ROW_CODE);
    // 2024-03-31: (61 000 + 282 000) / (50 + 0) = 6 860 — not the mean of the regional ratios.
    expect(valueOf(riket.residentsPerDoctor)).toBeCloseTo(6860, 9);
    expect(riket.capacity).toEqual({ kind: 'value', value: 50 });
    expect(riket.population).toEqual({ residents: 343_000, year: null });
    expect(riket.latestReportDate).toBe('2024-03-31');
    expect(riket.coverage).toMatchObject({ referenceDate: '2024-03-31', included: ['Region Gotland', 'Region Värmland'], excluded: ['Region Uppsala'], totalRegions: 3 });
    // 343 000 of 743 000 residents: partial, and said to be.
    expect(riket.coverage?.complete).toBe(false);
    expect(riket.coverage?.populationShare).toBeCloseTo(343_000 / 743_000, 9);
    expect(riket.isExample).toBe(true);
    expect(riket.decision).toBeNull();
    expect(riket.gapToOwnTarget).toBeNull();
    expect(riket.specialistsFte).toBeNull();
    expect(riket.source).toBeNull();
  });

  it('Riket is "not reported" when no region has reported yet', () => {
    const riket = rowOf(buildTableRows(data, '2023-12-31', 'sv'), NATIONAL_ROW_CODE);
    expect(riket.capacity).toEqual(notReported);
    expect(riket.residentsPerDoctor).toEqual(notReported);
    expect(riket.population).toBeNull();
    expect(riket.isExample).toBe(false);
    expect(riket.coverage).toBeNull();
  });

  it('never shows a decision or a report from after the day', () => {
    // "June 2022" is certainly in force only from 30 June; "no later than May 2023" from 31 May 2023.
    const midJune = buildTableRows(data, '2022-06-29', 'sv');
    expect(midJune.map((r) => r.decisionKind)).toEqual([null, null, null, null]);
    expect(midJune.map((r) => r.decisionState)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(midJune.map((r) => r.source)).toEqual([null, null, null, null]);
    const endOfJune = buildTableRows(data, '2022-06-30', 'sv');
    expect(endOfJune.map((r) => r.decisionKind)).toEqual([null, 'decided_1100', 'decided_figure', null]);
    expect(rowOf(buildTableRows(data, '2023-05-31', 'sv'), '03').decisionKind).toBe('decided_no_figure');

    // Värmland's 1 100 of September 2024 and Gotland's report of 2024-09-30 count only once they exist.
    const autumn = buildTableRows(data, '2024-10-31', 'sv');
    expect(rowOf(autumn, '17').decision).toEqual({ kind: 'decided_1100', figure: 1100, interim: false });
    expect(rowOf(autumn, '17').source).toEqual({ title: 'Regionstyrelsen Värmland', url: null, status: 'verified' });
    expect(rowOf(autumn, '09').capacity).toEqual({ kind: 'value', value: 55 });
    // Riket for 2024-09-30 sums Gotland alone (Värmland's older report is not carried forward).
    expect(valueOf(rowOf(autumn, NATIONAL_ROW_CODE).residentsPerDoctor)).toBeCloseTo(61_000 / 55, 9);
  });
});

describe('table order', () => {
  const rows = buildTableRows(data, AS_OF, 'sv');
  const order = (id: TableColumnId, desc: boolean) => sortTableRows(rows, { id, desc }, 'sv').map((r) => r.code);

  it('sorts missing values last in both directions, and keeps Riket at the bottom', () => {
    // Capacity: Värmland 0, Gotland 50, Uppsala not reported, Riket 50 (would sort among regions if it could).
    expect(order('capacity', false)).toEqual(['17', '09', '03', NATIONAL_ROW_CODE]);
    expect(order('capacity', true)).toEqual(['09', '17', '03', NATIONAL_ROW_CODE]);
    // Residents per doctor: only Gotland has a value; Riket's 6 860 is the largest.
    expect(order('residentsPerDoctor', false)).toEqual(['09', '03', '17', NATIONAL_ROW_CODE]);
    expect(order('residentsPerDoctor', true)).toEqual(['09', '03', '17', NATIONAL_ROW_CODE]);
    // Own target: Gotland 1 100, Värmland 1 500, Uppsala none.
    expect(order('ownTarget', false)).toEqual(['09', '17', '03', NATIONAL_ROW_CODE]);
    expect(order('ownTarget', true)).toEqual(['17', '09', '03', NATIONAL_ROW_CODE]);
  });

  it('sorts names alphabetically with Riket ("R") still last', () => {
    expect(order('name', false)).toEqual(['09', '03', '17', NATIONAL_ROW_CODE]);
    expect(order('name', true)).toEqual(['17', '03', '09', NATIONAL_ROW_CODE]);
  });

  it('sorts decisions by kind (1 100 first), and decision dates by the last day they could have been', () => {
    expect(order('decision', false)).toEqual(['09', '17', '03', NATIONAL_ROW_CODE]);
    expect(order('decision', true)).toEqual(['03', '17', '09', NATIONAL_ROW_CODE]);
    // 30 June 2022 (Gotland, Värmland: a tie keeps their order) before 31 May 2023 (Uppsala).
    expect(sortKey(rowOf(rows, '03'), 'decisionDate')).toBe(20230531);
    expect(order('decisionDate', false)).toEqual(['09', '17', '03', NATIONAL_ROW_CODE]);
    expect(order('decisionDate', true)).toEqual(['03', '09', '17', NATIONAL_ROW_CODE]);
  });

  it('without a sort keeps the regions in their order and Riket last, wherever it comes in the input', () => {
    const shuffled = [rows[3], rows[0], rows[1], rows[2]].filter((r): r is TableRow => r !== undefined);
    expect(sortTableRows(shuffled, null, 'sv').map((r) => r.code)).toEqual(['03', '09', '17', NATIONAL_ROW_CODE]);
  });

  it('compares text in the language of the page: Swedish puts Ö after Z, English next to O', () => {
    expect(compareSortKeys('Örebro', 'Zeta', 'sv')).toBeGreaterThan(0);
    expect(compareSortKeys('Örebro', 'Zeta', 'en')).toBeLessThan(0);
    expect(compareSortKeys(2, 10, 'sv')).toBeLessThan(0);
    expect(compareSortKeys(undefined, -5, 'sv')).toBeGreaterThan(0);
    expect(compareSortKeys(undefined, undefined, 'sv')).toBe(0);
  });

  it('a missing value is after every value even descending', () => {
    const [uppsala, gotland] = [rowOf(rows, '03'), rowOf(rows, '09')];
    expect(compareTableRows(uppsala, gotland, 'capacity', false, 'sv')).toBeGreaterThan(0);
    expect(compareTableRows(uppsala, gotland, 'capacity', true, 'sv')).toBeGreaterThan(0);
    expect(compareTableRows(gotland, uppsala, 'capacity', true, 'sv')).toBeLessThan(0);
  });
});

describe('the table library with columnSortOptions gives the same order', () => {
  const rows = buildTableRows(data, AS_OF, 'sv');
  const features = tableFeatures({
    coreReactivityFeature: storeReactivityBindings(),
    rowSortingFeature,
    sortedRowModel: createSortedRowModel(),
    columnFilteringFeature,
    filteredRowModel: createFilteredRowModel(),
    rowPinningFeature,
  });
  // As the table view does: every column sorts with columnSortOptions; the name column filters.
  const columns = TABLE_COLUMN_IDS.map((id) => ({
    id,
    ...columnSortOptions(id, 'sv'),
    filterFn: (row: { original: TableRow }, _columnId: string, query: string) => matchesNameFilter(row.original, query, 'sv'),
  }));

  function tableOrder(sorting: SortingState, nameQuery = ''): string[] {
    const table = constructTable({
      features,
      columns,
      data: rows,
      getRowId: (row: TableRow) => row.code,
      initialState: {
        sorting,
        rowPinning: { top: [], bottom: [NATIONAL_ROW_CODE] },
        columnFilters: nameQuery ? [{ id: 'name', value: nameQuery }] : [],
      },
    });
    return [...table.getCenterRows(), ...table.getBottomRows()].map((row) => row.id);
  }

  it.each(TABLE_COLUMN_IDS.flatMap((id) => [false, true].map((desc) => [id, desc] as const)))('%s, descending %s', (id, desc) => {
    const expected = sortTableRows(rows, { id, desc }, 'sv').map((r) => r.code);
    expect(tableOrder([{ id, desc }])).toEqual(expected);
  });

  it('filters by name and keeps Riket at the bottom, even when the filter leaves out every region', () => {
    expect(tableOrder([{ id: 'capacity', desc: true }], 'region')).toEqual(['09', '17', '03', NATIONAL_ROW_CODE]);
    expect(tableOrder([{ id: 'capacity', desc: true }], 'upp')).toEqual(['03', NATIONAL_ROW_CODE]);
    expect(tableOrder([], 'zzz')).toEqual([NATIONAL_ROW_CODE]);
  });
});

describe('filters', () => {
  const rows = buildTableRows(data, AS_OF, 'sv');
  const codes = (keep: (row: TableRow) => boolean) => rows.filter(keep).map((r) => r.code);

  it('finds regions by part of the name, ignoring case; Riket always stays', () => {
    expect(codes((r) => matchesNameFilter(r, '  gOTL ', 'sv'))).toEqual(['09', NATIONAL_ROW_CODE]);
    expect(codes((r) => matchesNameFilter(r, 'värm', 'sv'))).toEqual(['17', NATIONAL_ROW_CODE]);
    expect(codes((r) => matchesNameFilter(r, '', 'sv'))).toEqual(['03', '09', '17', NATIONAL_ROW_CODE]);
  });

  it('filters by the kind of the decision in force, or by none known', () => {
    expect(codes((r) => matchesDecisionFilter(r, 'figure_looser'))).toEqual(['17', NATIONAL_ROW_CODE]);
    expect(codes((r) => matchesDecisionFilter(r, 'ambition'))).toEqual([NATIONAL_ROW_CODE]);
    expect(codes((r) => matchesDecisionFilter(r, 'all'))).toEqual(['03', '09', '17', NATIONAL_ROW_CODE]);
    const june = buildTableRows(data, '2022-06-30', 'sv');
    expect(june.filter((r) => matchesDecisionFilter(r, 'unknown')).map((r) => r.code)).toEqual(['03', NATIONAL_ROW_CODE]);
  });
});
