import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dashboardFixture, labels, labelsEn } from '@/lib/charts/test-fixtures';
import { loadMessages } from '@/lib/i18n/request';
import { exportCsv, exportXlsx } from './export-files';
import type { Translate } from './table-cells';
import { TABLE_COLUMN_IDS } from './table-rows';
import { comparisonViewExport, decisionTimelineExport, seriesViewExport, tableViewExport, type ExportContext, type ExportTable } from './view-export';

async function context(locale: 'sv' | 'en'): Promise<ExportContext> {
  const messages = await loadMessages(locale);
  return {
    data: dashboardFixture(),
    t: createTranslator({ locale, messages }) as unknown as Translate,
    labels: locale === 'sv' ? labels : labelsEn,
    locale,
    viewUrl: 'https://example.org/?view=table',
  };
}

const allColumns = { columns: TABLE_COLUMN_IDS, query: '', kind: 'all' as const, sort: null };

function column(table: ExportTable, label: string): number {
  const index = table.columns.findIndex((c) => c.label === label);
  expect(index, label).toBeGreaterThanOrEqual(0);
  return index;
}

const rowOf = (table: ExportTable, name: string) => table.rows.find((row) => String(row[0]).startsWith(name));
/** Row names without the example-data mark (the fixture's staffing is example data). */
const names = (table: ExportTable) => table.rows.map((row) => String(row[0]).replace(/ \((Exempeldata|Example data)\)$/, ''));
/** Swedish digit groups are separated by a no-break space. */
const plain = (value: unknown) => String(value).replace(/\s/g, ' ');

describe('the table view as a file', () => {
  it('holds every region and Riket last, with figures as numbers and missing values in words', async () => {
    const table = tableViewExport(await context('sv'), { asOf: '2024-01-01', ...allColumns });
    expect(table.rows).toHaveLength(22);
    expect(names(table).at(-1)).toBe('Riket');
    const perDoctor = column(table, 'Invånare per fast läkarkontakt');
    // Gotland 2023-12-31: 61 000 / (50 + 0.5 × 20) = 1 016.7, shown as whole residents.
    expect(rowOf(table, 'Region Gotland')?.[perDoctor]).toBe(1017);
    // Kalmar reported but has no population to divide by; Blekinge did not report.
    expect(rowOf(table, 'Region Kalmar län')?.[perDoctor]).toBe('Folkmängd saknas');
    expect(rowOf(table, 'Region Blekinge')?.[perDoctor]).toBe('Ej rapporterad');
    // A region without a report has words, not zeros, in every staffing column.
    for (const label of ['Specialister (heltider)', 'ST-läkare (heltider)', 'Läkarkapacitet (heltider)', 'Heltider som saknas till 1 100']) {
      expect(rowOf(table, 'Region Blekinge')?.[column(table, label)]).toBe('Ej rapporterad');
    }
    // Example staffing is named as such in the row and in the notes.
    expect(rowOf(table, 'Region Gotland')?.[0]).toBe('Region Gotland (Exempeldata)');
    expect(table.notes.map(([label]) => label)).toContain('Exempeldata');
  });

  it('keeps the table’s search, decision filter, sort order and chosen columns', async () => {
    const table = tableViewExport(await context('sv'), {
      asOf: '2023-01-01',
      columns: ['decision', 'residentsPerDoctor'],
      query: '',
      kind: 'figure_1100',
      sort: { id: 'residentsPerDoctor', desc: true },
    });
    expect(table.columns.map((c) => c.label)).toEqual(['Region', 'Beslut i kraft', 'Invånare per fast läkarkontakt']);
    // 2022-12-31: Norrbotten 250 000 / 150 = 1 666.7 before Gotland 60 000 / 45 = 1 333.3; Riket last.
    expect(names(table)).toEqual(['Region Norrbotten', 'Region Gotland', 'Riket']);
    expect(table.rows[0]?.[2]).toBe(1667);

    const searched = tableViewExport(await context('sv'), { asOf: '2023-01-01', ...allColumns, query: 'värm' });
    expect(names(searched)).toEqual(['Region Värmland', 'Riket']);
  });

  it('shows a decision only from the day it certainly existed', async () => {
    const ctx = await context('sv');
    const july = tableViewExport(ctx, { asOf: '2022-07-01', ...allColumns });
    const decision = column(july, 'Beslut i kraft');
    expect(plain(rowOf(july, 'Region Gotland')?.[decision])).toBe('Beslut: 1 100 (riktvärdet)');
    expect(rowOf(july, 'Region Norrbotten')?.[decision]).toBe('Inget känt beslut');
  });

  it('states definitions, source, licence and how to cite, in the chosen language', async () => {
    const sv = tableViewExport(await context('sv'), { asOf: '2024-01-01', ...allColumns });
    const notes = new Map(sv.notes);
    expect(notes.get('Licens')).toContain('CC BY 4.0');
    expect(notes.get('Källa')).toContain('SCB');
    expect(notes.get('Citera som')).toContain('https://example.org/?view=table');
    expect(notes.get('Läget')).toBe('2024-01-01');
    const en = tableViewExport(await context('en'), { asOf: '2024-01-01', ...allColumns });
    expect(en.columns[0]?.label).toBe('Region');
    expect(new Map(en.notes).get('Licence')).toContain('CC BY 4.0');
    expect(names(en).at(-1)).toBe('Sweden');
  });
});

describe('the chart view as a file', () => {
  it('has a row per reference date and a column per chosen region and Riket, with the regions Riket sums', async () => {
    const table = seriesViewExport(await context('sv'), { regions: ['09', '25'], measure: 'residentsPerDoctor' });
    expect(table.columns.map((c) => c.label)).toEqual([
      'Referensdatum',
      'Region Gotland',
      'Region Norrbotten',
      'Riket',
      'Regioner i riket',
      'Riket: andel av befolkningen (%)',
      'Riket: täckning',
    ]);
    // 2022-12-31: Gotland 1 333.3, Norrbotten 1 666.7, Riket (60 000 + 250 000) / (45 + 150) = 1 589.7,
    // covering 310 000 of the 2 188 000 residents the fixture knows: partial, and the file says so.
    expect(table.rows[0]?.slice(0, 5)).toEqual(['2022-12-31', 1333, 1667, 1590, 'Region Gotland, Region Norrbotten']);
    expect(table.rows[0]?.[6]).toBe('delvis (under 80 % av befolkningen)');
    expect(table.rows.map((row) => row[0])).toEqual(['2022-12-31', '2023-12-31']);
  });

  it('gives decisions over time as the regions in each state at every month end', async () => {
    const table = decisionTimelineExport(await context('sv'));
    expect(table.columns[0]?.label).toBe('Månadens slut');
    expect(table.rows[0]?.[0]).toBe('2022-04-30');
    // Every row counts all 21 regions once.
    for (const row of table.rows) expect(row.slice(1).reduce<number>((sum, n) => sum + Number(n), 0)).toBe(21);
  });

  it('gives shares in percent and says so', async () => {
    const table = seriesViewExport(await context('sv'), { regions: ['09'], measure: 'shareWithNamedContact' });
    // Gotland 2022-12-31: 24 000 of 60 000 residents = 40 %.
    expect(table.rows[0]?.[1]).toBe(40);
    expect(new Map(table.notes).get('Mått')).toContain('%');
  });
});

describe('the comparison as a file', () => {
  it('has the chart’s rows in its order: ranked by residents per fast läkarkontakt, then the others by decision state', async () => {
    const table = comparisonViewExport(await context('sv'), { asOf: '2024-06-30' });
    expect(plain(table.title)).toBe('Regionerna jämförda med riktvärdet 1 100, 2024-06-30');
    expect(table.rows).toHaveLength(21);
    const figure = column(table, 'Invånare per fast läkarkontakt');
    const change = column(table, 'Förändring sedan föregående referensdatum');
    expect(table.rows.slice(0, 3).map((row) => [row[0], row[1], row[figure], row[change]])).toEqual([
      [1, 'Region Gotland', 1017, -317],
      [2, 'Region Norrbotten', 2204, 537],
      [3, 'Region Värmland', 2840, null],
    ]);
    // Without a figure: the reason in words, never 0, and the group the region is listed in.
    const kalmar = table.rows.find((row) => row[1] === 'Region Kalmar län');
    expect(kalmar?.[0]).toBeNull();
    expect(kalmar?.[figure]).toBe('Folkmängd saknas');
    const states = table.rows.slice(3).map((row) => row[column(table, 'Beslutsläge')]);
    expect(states[0]).toBe('Beslut: 1 100 (riktvärdet)');
    expect(states.at(-1)).toBe('Inget känt beslut (ingen källa)');
    const notes = new Map(table.notes);
    expect(plain(notes.get('Riket i jämförelsen'))).toContain('2 176 invånare per fast läkarkontakt, 2023-12-31 (3 av 21 regioner');
    expect(notes.get('Riket i jämförelsen')).toContain('delvis');
  });

  it('on the public record (no staffing figures) lists the decided targets and says there are no figures', async () => {
    const base = await context('en');
    const table = comparisonViewExport({ ...base, data: { ...base.data, reports: [], containsExampleData: false } }, { asOf: '2024-06-30' });
    expect(table.title).toBe("The regions' decided targets compared with the guideline of 1,100, 2024-06-30");
    expect(table.rows.every((row) => row[0] === null)).toBe(true);
    const target = column(table, 'Own decided target');
    expect(table.rows.slice(0, 2).map((row) => [row[1], row[target], row[column(table, 'Compared with 1,100')]])).toEqual([
      ['Region Uppsala', 1100, 'equal to 1,100'],
      ['Region Gotland', 1100, 'equal to 1,100'],
    ]);
    expect(table.rows.find((row) => row[1] === 'Region Värmland')?.[target]).toBe(1500);
    expect(new Map(table.notes).get('Staffing figures')).toContain('No staffing figures have been published yet');
    expect(new Map(table.notes).has('Riket in the comparison')).toBe(false);
  });
});

describe('the files', () => {
  it('CSV: UTF-8 with a byte-order mark; Swedish with semicolons and decimal commas, English with commas and points', async () => {
    const sv = tableViewExport(await context('sv'), { asOf: '2024-01-01', ...allColumns });
    const csv = exportCsv(sv, 'sv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const gotland = csv.split('\r\n').find((line) => line.startsWith('Region Gotland'));
    // Gotland 2023-12-31 needs 61 000 / 1 100 = 55.5 FTE and has 60: 4.5 beyond the guideline.
    expect(gotland?.split(';')).toContain('-4,5');
    const en = exportCsv(tableViewExport(await context('en'), { asOf: '2024-01-01', ...allColumns }), 'en');
    expect(en.split('\r\n').find((line) => line.startsWith('Region Gotland'))?.split(',')).toContain('-4.5');
  });

  it('CSV: quotes separators and defuses text that a spreadsheet would run as a formula', () => {
    const table: ExportTable = { title: 'T', columns: [{ label: 'a', numeric: false }], rows: [['=HYPERLINK("x")'], ['a;b'], [-2.5]], notes: [] };
    const lines = exportCsv(table, 'sv').split('\r\n');
    expect(lines).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines).toContain('"a;b"');
    expect(lines).toContain('-2,5');
  });

  it('XLSX: a data sheet with numbers as numbers and a sheet about the data', async () => {
    const table = tableViewExport(await context('sv'), { asOf: '2024-01-01', ...allColumns });
    const bytes = await exportXlsx(table, { data: 'Data', about: 'Om datan' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Data', 'Om datan']);
    const data = workbook.getWorksheet('Data');
    const header = (data?.getRow(3).values as unknown[]).slice(1);
    const perDoctor = header.indexOf('Invånare per fast läkarkontakt') + 1;
    const gotland = data?.getRows(4, 22)?.find((row) => String(row.getCell(1).value).startsWith('Region Gotland'));
    expect(gotland?.getCell(perDoctor).value).toBe(1017);
    const about = workbook.getWorksheet('Om datan');
    const aboutText = about?.getSheetValues().flat().join(' ');
    expect(aboutText).toContain('CC BY 4.0');
  });
});
