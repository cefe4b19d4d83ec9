import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { populationRows } from '@/lib/db/seed/population';
import { parseScbPopulation } from './scb-population';

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
});
