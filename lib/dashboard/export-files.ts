import ExcelJS from 'exceljs';
import { csvTextField } from '@/lib/csv/write';
import type { ExportTable, ExportValue } from './view-export';

/**
 * Writes an exported view to the files people open in a spreadsheet. The CSV starts with a byte-order
 * mark so that Excel reads it as UTF-8 (å, ä, ö), and follows the file's language as Excel does: Swedish
 * files use semicolons and decimal commas, English ones commas and decimal points.
 */

const BOM = '\uFEFF';

function csvField(value: ExportValue, separator: string, decimal: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', decimal);
  return csvTextField(value, separator);
}

export function exportCsv(table: ExportTable, locale: 'sv' | 'en'): string {
  const separator = locale === 'sv' ? ';' : ',';
  const decimal = locale === 'sv' ? ',' : '.';
  const line = (values: readonly ExportValue[]) => values.map((v) => csvField(v, separator, decimal)).join(separator);
  const lines = [
    line([table.title]),
    '',
    line(table.columns.map((c) => c.label)),
    ...table.rows.map(line),
    '',
    ...table.notes.map(([label, text]) => line([label, text])),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export async function exportXlsx(table: ExportTable, sheetNames: { data: string; about: string }): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppföljning fast läkarkontakt';

  const data = workbook.addWorksheet(sheetNames.data, { views: [{ state: 'frozen', ySplit: 3 }] });
  data.addRow([table.title]).font = { bold: true, size: 13 };
  data.addRow([]);
  data.addRow(table.columns.map((c) => c.label)).font = { bold: true };
  for (const row of table.rows) data.addRow(row);
  table.columns.forEach((column, index) => {
    const sheetColumn = data.getColumn(index + 1);
    sheetColumn.width = Math.min(48, Math.max(12, column.label.length + 2));
    if (column.numeric) sheetColumn.alignment = { horizontal: 'right' };
  });

  const about = workbook.addWorksheet(sheetNames.about);
  about.addRow([table.title]).font = { bold: true, size: 13 };
  about.addRow([]);
  for (const [label, text] of table.notes) about.addRow([label, text]).getCell(1).font = { bold: true };
  about.getColumn(1).width = 32;
  about.getColumn(2).width = 120;
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
