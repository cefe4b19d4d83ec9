import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { checkZip } from './zip-check';

/**
 * Reading an uploaded file into rows of text cells, whatever it came as: CSV separated by commas,
 * semicolons or tabs (SCB offers all three; Swedish Excel writes semicolons), in UTF-8 or the
 * Windows-1252 that SCB's older exports and Excel use, or an XLSX workbook. Each row keeps the row
 * number the user sees in a text editor or a spreadsheet, so every error can name it.
 */

export interface FileRow {
  /** 1-based line (CSV) or row (XLSX) number in the file. */
  row: number;
  cells: string[];
}

/** What is wrong with an imported file: where (row and column when known) and why (a message code with values). */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  code: string;
  values?: Record<string, string | number>;
}

export type FileFormat = 'csv' | 'xlsx' | 'json';

/**
 * What a table file may hold: far more than SCB's tables or a staffing template ever need, and little
 * enough that reading it stays quick and small. An XLSX file is measured unpacked before it is parsed.
 */
export const TABLE_LIMITS = { maxRows: 50_000, maxCellCharacters: 5_000, maxUnpackedXlsxBytes: 16 * 1024 * 1024 } as const;

export class UnreadableFileError extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.code);
    this.name = 'UnreadableFileError';
  }
}

/** The format by content, not by the file name: XLSX is a zip (PK), JSON starts with a brace. */
export function detectFormat(bytes: Uint8Array): FileFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const text = decodeText(bytes.subarray(0, 64)).trimStart();
  return text.startsWith('{') ? 'json' : 'csv';
}

/** UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, otherwise Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const DELIMITERS = [';', '\t', ','] as const;

/** The separator used most on the first lines (outside quotes): a title line without any does not vote. */
function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 5);
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = lines.reduce((sum, line) => sum + line.replace(/"[^"]*"/g, '').split(delimiter).length - 1, 0);
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

export function readDelimited(text: string): FileRow[] {
  try {
    const records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return withinLimits(records.map(({ record, info }) => ({ row: info.lines, cells: record })));
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : null;
    throw new UnreadableFileError({ row: line, column: null, code: 'csv_unreadable' });
  }
}

/**
 * A header naming a column twice: which of the two a value belongs to cannot be known. `key` says
 * when two names mean the same column (SCB's "2024" and "Folkmängd 2024").
 */
export function duplicateColumns(header: FileRow, key: (name: string) => string): ImportIssue[] {
  const first = new Map<string, string>();
  const issues: ImportIssue[] = [];
  for (const cell of header.cells) {
    const seen = first.get(key(cell));
    if (seen === undefined) first.set(key(cell), cell);
    else issues.push({ row: header.row, column: cell, code: 'duplicate_column', values: { value: cell, first: seen } });
  }
  return issues;
}

/** Rows with more or fewer cells than the header: their values cannot be matched to its columns. */
export function raggedRows(header: FileRow, rows: readonly FileRow[]): ImportIssue[] {
  const expected = header.cells.length;
  return rows
    .filter((row) => row.cells.length !== expected)
    .map((row) => ({ row: row.row, column: null, code: 'row_cell_count', values: { found: row.cells.length, expected } }));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value).trim();
}

/** A, B, … Z, AA: the column as a spreadsheet names it (CSV columns too, so every report reads alike). */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The rows, if there are not too many and no cell is too long; otherwise the first that is, named. */
function withinLimits(rows: FileRow[]): FileRow[] {
  if (rows.length > TABLE_LIMITS.maxRows) throw new UnreadableFileError({ row: null, column: null, code: 'too_many_rows', values: { limit: TABLE_LIMITS.maxRows } });
  for (const row of rows) {
    const index = row.cells.findIndex((cell) => cell.length > TABLE_LIMITS.maxCellCharacters);
    if (index >= 0) throw new UnreadableFileError({ row: row.row, column: columnLetter(index), code: 'cell_too_long', values: { limit: TABLE_LIMITS.maxCellCharacters } });
  }
  return rows;
}

/** The first worksheet's rows, by their spreadsheet row numbers. */
async function readWorkbook(bytes: Uint8Array): Promise<FileRow[]> {
  const unpacked = checkZip(bytes, { maxUnpackedBytes: TABLE_LIMITS.maxUnpackedXlsxBytes, maxSheetRows: TABLE_LIMITS.maxRows });
  if (unpacked !== 'ok') {
    const limit = unpacked === 'too_many_rows' ? TABLE_LIMITS.maxRows : TABLE_LIMITS.maxUnpackedXlsxBytes / (1024 * 1024);
    throw new UnreadableFileError({ row: null, column: null, code: unpacked, values: { limit } });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new UnreadableFileError({ row: null, column: null, code: 'xlsx_unreadable' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError({ row: null, column: null, code: 'xlsx_unreadable' });
  const rows: FileRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    const filled = Array.from(cells, (cell) => cell ?? '');
    if (filled.some((cell) => cell !== '')) rows.push({ row: rowNumber, cells: filled });
  });
  return withinLimits(rows);
}

/** A table file's rows, CSV or XLSX. */
export async function readTableFile(bytes: Uint8Array): Promise<{ format: 'csv' | 'xlsx'; rows: FileRow[] }> {
  return detectFormat(bytes) === 'xlsx' ? { format: 'xlsx', rows: await readWorkbook(bytes) } : { format: 'csv', rows: readDelimited(decodeText(bytes)) };
}

/** A day Excel stores as a serial number (days since 1899-12-30) in a cell formatted as text or number. */
export function excelSerialDay(text: string): string | null {
  if (!/^\d{5}$/.test(text)) return null;
  return new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).toISOString().slice(0, 10);
}
