import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { populationRows } from '@/lib/db/seed/population';
import { planPopulation } from './plan';
import { parseScbPopulation, SCB_POPULATION_SOURCE } from './scb-population';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '../../tests/fixtures/scb', name)));
const seeded = (year: number) => new Map(populationRows.filter(([, y]) => y === year).map(([code, , residents]) => [code, residents]));
const byRegion = (parsed: ReturnType<typeof parseScbPopulation>, year: number) =>
  new Map(parsed.observations.filter((o) => o.year === year).map((o) => [o.regionCode, o.residents]));

describe("SCB's BE0101N1 files", () => {
  it('reads the Windows-1252 CSV download with its title line: 21 regions × 2 years, the national total left alone', () => {
    const parsed = parseScbPopulation(fixture('be0101n1-lan-2020-2023.csv'));
    expect(parsed.issues).toEqual([]);
    expect(byRegion(parsed, 2020)).toEqual(seeded(2020));
    expect(byRegion(parsed, 2023)).toEqual(seeded(2023));
    expect(parsed.leftAlone).toEqual([
      { row: 4, column: '2020', label: '00 Riket', reason: 'national_total' },
      { row: 4, column: '2023', label: '00 Riket', reason: 'national_total' },
    ]);
    // The counties sum to SCB's national total, as the file's own Riket row says.
    expect([...byRegion(parsed, 2023).values()].reduce((a, b) => a + b, 0)).toBe(10_551_707);
  });

  it('reads the same table as PxWeb JSON-stat2 to the same figures', () => {
    const csv = parseScbPopulation(fixture('be0101n1-lan-2020-2023.csv'));
    const json = parseScbPopulation(fixture('be0101n1-lan-2020-2023.json'));
    expect(json.issues).toEqual([]);
    const key = (o: { regionCode: string; year: number; residents: number }) => `${o.regionCode}:${o.year}:${o.residents}`;
    expect(json.observations.map(key).sort()).toEqual(csv.observations.map(key).sort());
  });

  it('reads semicolons and tabs, UTF-8 with a byte-order mark, "Folkmängd 2024" headers, spaces in numbers, and the long layout', () => {
    const variants = [
      '\uFEFF"region";"Folkmängd 2022";"Folkmängd 2023"\r\n"09 Gotlands län";"60 732";"61 029"\r\n',
      'region\t2022\t2023\n09 Gotlands län\t60732\t61029\n',
      '"region","år","Folkmängd"\n"09 Gotlands län","2022",60732\n"09 Gotlands län","2023",61029\n',
    ];
    for (const text of variants) {
      const parsed = parseScbPopulation(bytes(text));
      expect(parsed.issues).toEqual([]);
      expect(parsed.observations.map((o) => [o.regionCode, o.year, o.residents])).toEqual([
        ['09', 2022, 60732],
        ['09', 2023, 61029],
      ]);
    }
  });

  it('leaves municipalities and missing values ("..") alone — missing is not zero', () => {
    const parsed = parseScbPopulation(bytes('"region","2023","2024"\n"0980 Gotland",61029,..\n"09 Gotlands län",61029,..\n'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.observations.map((o) => [o.regionCode, o.year])).toEqual([['09', 2023]]);
    expect(parsed.leftAlone.map((row) => [row.row, row.reason])).toEqual([
      [2, 'municipality'],
      [2, 'municipality'],
      [3, 'missing_value'],
    ]);
  });

  it('names the row and column of every bad value: an unknown region, a non-number, an impossible size, a repeat', () => {
    const parsed = parseScbPopulation(
      bytes('"region","2023"\n"11 f.d. Kristianstads län",300000\n"09 Gotlands län",61 0x9\n"25 Norrbottens län",12\n"23 Jämtlands län",132572\n"23 Jämtlands län",132572\n'),
    );
    expect(parsed.issues).toEqual([
      { row: 2, column: '2023', code: 'unknown_region', values: { value: '11 f.d. Kristianstads län' } },
      { row: 3, column: '2023', code: 'residents_not_whole_number', values: { value: '61 0x9' } },
      { row: 4, column: '2023', code: 'residents_out_of_range', values: { value: 12, min: 1000, max: 5_000_000 } },
      { row: 6, column: '2023', code: 'duplicate', values: { value: '23 Jämtlands län 2023', first: '5' } },
    ]);
  });

  it('refuses a table split by sex or holding another measure, and says which', () => {
    expect(parseScbPopulation(bytes('"region","kön","2023"\n"09 Gotlands län","män",30000\n')).issues).toEqual([
      { row: 1, column: 'kön', code: 'scb_unknown_column', values: { value: 'kön' } },
    ]);
    expect(parseScbPopulation(bytes('"land","2023"\n"Sverige",1\n')).issues.map((i) => i.code)).toEqual(['scb_no_region_column']);

    const dataset = JSON.parse(new TextDecoder().decode(fixture('be0101n1-lan-2020-2023.json')));
    const growth = structuredClone(dataset);
    growth.dimension.ContentsCode.category = { index: { BE0101N2: 0 }, label: { BE0101N2: 'Folkökning' } };
    expect(parseScbPopulation(bytes(JSON.stringify(growth))).issues).toEqual([{ row: null, column: null, code: 'scb_wrong_content', values: { value: 'Folkökning' } }]);

    const bySex = structuredClone(dataset);
    bySex.id = ['Region', 'Kon', 'ContentsCode', 'Tid'];
    bySex.size = [21, 2, 1, 2];
    bySex.dimension.Kon = { label: 'kön', category: { index: { '1': 0, '2': 1 }, label: { '1': 'män', '2': 'kvinnor' } } };
    bySex.value = [...dataset.value, ...dataset.value];
    expect(parseScbPopulation(bytes(JSON.stringify(bySex))).issues).toEqual([{ row: null, column: null, code: 'jsonstat_extra_dimension', values: { value: 'kön' } }]);
  });

  it('reads JSON-stat with list indexes and a sparse value object, where an absent cell is missing, not zero', () => {
    const dataset = {
      class: 'dataset',
      version: '2.0',
      id: ['Tid', 'Region'],
      size: [1, 2],
      dimension: {
        Region: { label: 'region', category: { index: ['09', '25'], label: { '09': 'Gotlands län', '25': 'Norrbottens län' } } },
        Tid: { label: 'år', category: { index: ['2023'] } },
      },
      value: { '0': 61029 },
    };
    const parsed = parseScbPopulation(bytes(JSON.stringify(dataset)));
    expect(parsed.issues).toEqual([]);
    expect(parsed.observations.map((o) => [o.regionCode, o.year, o.residents])).toEqual([['09', 2023, 61029]]);
    expect(parsed.leftAlone.map((row) => row.reason)).toEqual(['missing_value']);
  });

  it('refuses a JSON-stat file whose value count differs from its declared sizes, whole and before reading a value', () => {
    const refusal = (found: number) => ({
      observations: [],
      leftAlone: [],
      issues: [{ row: null, column: 'value', code: 'jsonstat_value_count', values: { sizes: '21 × 1 × 2', dimensions: 'Region × ContentsCode × Tid', declared: 42, found } }],
    });
    // Read by position, the first value missing would have moved every figure one cell back: Stockholm 2020 would get 2023's.
    expect(parseScbPopulation(fixture('be0101n1-lan-2020-2023-value-removed.json'))).toEqual(refusal(41));
    expect(parseScbPopulation(fixture('be0101n1-lan-2020-2023-value-added.json'))).toEqual(refusal(43));
  });

  it('reads the dimensions by their ids and labels, never by their position: a reordered table gives exactly the same figures', () => {
    const key = (o: { regionCode: string; year: number; residents: number }) => `${o.regionCode}:${o.year}:${o.residents}`;
    const original = parseScbPopulation(fixture('be0101n1-lan-2020-2023.json'));
    const expected = original.observations.map(key).sort();
    expect(expected).toHaveLength(42);

    // The same cube transposed here from the real values: Tid × ContentsCode × Region, the region varying fastest.
    const dataset = JSON.parse(new TextDecoder().decode(fixture('be0101n1-lan-2020-2023.json')));
    const transposed = { ...dataset, id: ['Tid', 'ContentsCode', 'Region'], size: [2, 1, 21], value: [0, 1].flatMap((year) => Array.from({ length: 21 }, (_, region) => dataset.value[region * 2 + year])) };
    // Without roles and under other ids, the dimensions are still known by their labels ("region", "år", "tabellinnehåll").
    const { Region, Tid, ContentsCode } = dataset.dimension;
    const byLabel = { ...transposed, role: undefined, id: ['Period', 'Innehåll', 'Område'], dimension: { Område: Region, Period: Tid, Innehåll: ContentsCode } };

    for (const parsed of [parseScbPopulation(bytes(JSON.stringify(transposed))), parseScbPopulation(bytes(JSON.stringify(byLabel))), parseScbPopulation(fixture('be0101n1-lan-2020-2023-reordered.json'))]) {
      expect(parsed.issues).toEqual([]);
      expect(parsed.observations.map(key).sort()).toEqual(expected);
    }
    expect(parseScbPopulation(fixture('be0101n1-lan-2020-2023-reordered.json')).observations.find((o) => o.regionCode === '01' && o.year === 2020)?.residents).toBe(2_391_990);
  });

  it("refuses a JSON-stat file whose sizes, categories or sparse value keys disagree with each other", () => {
    const dataset = JSON.parse(new TextDecoder().decode(fixture('be0101n1-lan-2020-2023.json')));
    const issuesOf = (changed: object) => parseScbPopulation(bytes(JSON.stringify({ ...dataset, ...changed }))).issues;

    expect(issuesOf({ size: [21, 2] })).toEqual([{ row: null, column: 'size', code: 'jsonstat_id_size_mismatch', values: { ids: 3, sizes: 2 } }]);
    const twentyRegions = Object.fromEntries(Object.entries(dataset.dimension.Region.category.index).filter(([code]) => code !== '25'));
    expect(issuesOf({ dimension: { ...dataset.dimension, Region: { label: 'region', category: { index: twentyRegions } } } })).toEqual([
      { row: null, column: 'dimension.Region', code: 'jsonstat_category_count', values: { value: 'Region', declared: 21, found: 20 } },
    ]);
    // Two codes at one position: the index does not say which region a value is.
    expect(issuesOf({ dimension: { ...dataset.dimension, Tid: { label: 'år', category: { index: { '2020': 0, '2023': 0 } } } } })).toEqual([
      { row: null, column: 'dimension.Tid', code: 'jsonstat_category_index', values: { value: 'Tid' } },
    ]);

    const sparse = (value: Record<string, number>) => issuesOf({ value });
    expect(sparse({ '0': 2391990, '41': 248480 })).toEqual([]);
    expect(sparse({ '0': 2391990, '42': 248480 })).toEqual([
      { row: null, column: 'value', code: 'jsonstat_value_index', values: { value: '42', sizes: '21 × 1 × 2', declared: 42, last: 41 } },
    ]);
    expect(sparse({ '1.5': 388394 }).map((issue) => [issue.code, issue.values?.value])).toEqual([['jsonstat_value_index', '1.5']]);
    expect(sparse({ '-1': 388394 }).map((issue) => [issue.code, issue.values?.value])).toEqual([['jsonstat_value_index', '-1']]);
  });

  it('refuses a CSV whose header names a column twice, a row with a cell too many or too few, and a file without a region column', () => {
    expect(parseScbPopulation(bytes('"region","2020","2023","2020"\n"09 Gotlands län",60124,61029,60124\n'))).toEqual({
      observations: [],
      leftAlone: [],
      issues: [{ row: 1, column: '2020', code: 'duplicate_column', values: { value: '2020', first: '2020' } }],
    });
    expect(parseScbPopulation(bytes('"region","2023","Folkmängd 2023"\n"09 Gotlands län",61029,61029\n')).issues).toEqual([
      { row: 1, column: 'Folkmängd 2023', code: 'duplicate_column', values: { value: 'Folkmängd 2023', first: '2023' } },
    ]);
    expect(parseScbPopulation(bytes('"region","Region","2023"\n"09 Gotlands län","09",61029\n')).issues.map((issue) => issue.code)).toEqual(['duplicate_column']);

    // Gotland's row lost its 2020 cell: read by column, 2023's figure would have been taken for 2020.
    const ragged = parseScbPopulation(bytes('"region","2020","2023"\n"01 Stockholms län",2391990,2454821\n"09 Gotlands län",61029\n"25 Norrbottens län",249614,248480,1\n'));
    expect(ragged).toEqual({
      observations: [],
      leftAlone: [],
      issues: [
        { row: 3, column: null, code: 'row_cell_count', values: { found: 2, expected: 3 } },
        { row: 4, column: null, code: 'row_cell_count', values: { found: 4, expected: 3 } },
      ],
    });

    expect(parseScbPopulation(bytes('"län","2020","2023"\n"09 Gotlands län",60124,61029\n')).issues).toEqual([{ row: null, column: null, code: 'scb_no_region_column' }]);
  });
});

describe("planning SCB's figures against the stored ones", () => {
  it('tells a figure that moves from one whose source text alone differs', () => {
    const observations = parseScbPopulation(bytes('"region","2023"\n"09 Gotlands län",61029\n"25 Norrbottens län",248480\n"23 Jämtlands län",132572\n"10 Blekinge län",157973\n')).observations;
    const stored = new Map([
      ['09:2023', { residents: 61029, source: 'regionfakta.com', sourceStatus: 'secondary' }],
      ['25:2023', { residents: 248000, source: SCB_POPULATION_SOURCE, sourceStatus: 'verified' }],
      ['23:2023', { residents: 132572, source: SCB_POPULATION_SOURCE, sourceStatus: 'verified' }],
    ]);
    const plan = planPopulation(observations, stored, SCB_POPULATION_SOURCE);
    expect(plan.rows.map((row) => [row.regionCode, row.action, row.before?.residents ?? null, row.after.residents])).toEqual([
      ['09', 'source_only', 61029, 61029],
      ['25', 'change', 248000, 248480],
      ['23', 'unchanged', 132572, 132572],
      ['10', 'insert', null, 157973],
    ]);
    expect(plan.rows[0]).toMatchObject({ before: { source: 'regionfakta.com', sourceStatus: 'secondary' }, after: { source: SCB_POPULATION_SOURCE, sourceStatus: 'verified' } });
    // Only the status differs: still source only, never a changed figure.
    expect(planPopulation(observations.slice(2, 3), new Map([['23:2023', { residents: 132572, source: SCB_POPULATION_SOURCE, sourceStatus: 'uncertain' }]]), SCB_POPULATION_SOURCE).rows[0]?.action).toBe('source_only');
  });
});
