import ExcelJS from 'exceljs';
import { csvTextField } from '@/lib/csv/write';
import { regionRows } from '@/lib/domain/regions';
import { readFieldError } from '@/lib/entry/field-error';
import { fieldErrors } from '@/lib/entry/fields';
import { staffingInputSchema, type StaffingInput } from '@/lib/entry/staffing-input';
import { excelSerialDay, type FileRow, type ImportIssue } from './table-file';

/**
 * The staffing template administrators download, fill in (one row per region and reference date)
 * and import: the same fields as a region's staffing form, checked by the same schema. A row whose
 * figures are all empty is left alone, so the template can list every region and only the ones
 * reported are filled in.
 */

export const TEMPLATE_COLUMNS = [
  { key: 'regionkod', field: 'regionCode' },
  { key: 'region', field: null },
  { key: 'referensdatum', field: 'referenceDate' },
  { key: 'specialister_antal', field: 'specialistsHeadcount' },
  { key: 'specialister_heltider', field: 'specialistsFte' },
  { key: 'st_lakare_antal', field: 'traineesHeadcount' },
  { key: 'st_lakare_heltider', field: 'traineesFte' },
  { key: 'invanare_med_namngiven_lakare', field: 'residentsWithNamedContact' },
  { key: 'kalla', field: 'source' },
  { key: 'kommentar', field: 'comment' },
  { key: 'forklaring', field: 'plausibilityExplanation' },
] as const;

export type TemplateKey = (typeof TEMPLATE_COLUMNS)[number]['key'];
type Field = NonNullable<(typeof TEMPLATE_COLUMNS)[number]['field']>;

const FIGURE_KEYS: readonly TemplateKey[] = ['specialister_antal', 'specialister_heltider', 'st_lakare_antal', 'st_lakare_heltider', 'invanare_med_namngiven_lakare'];
const columnOfField = new Map<string, TemplateKey>(TEMPLATE_COLUMNS.flatMap((c) => (c.field ? [[c.field, c.key]] : [])));
const REGION_CODES = new Set<string>(regionRows.map((region) => region.code));

export type StaffingTemplateRow = Omit<StaffingInput, 'id' | 'version'> & { row: number; regionCode: string };

export interface ParsedStaffing {
  entries: StaffingTemplateRow[];
  blankRows: number[];
  issues: ImportIssue[];
}

export function parseStaffingTemplate({ format, rows }: { format: 'csv' | 'xlsx'; rows: FileRow[] }, today: string): ParsedStaffing {
  const parsed: ParsedStaffing = { entries: [], blankRows: [], issues: [] };
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => cell.trim().toLowerCase() === 'regionkod'));
  if (headerIndex < 0) {
    parsed.issues.push({ row: null, column: null, code: 'template_no_header' });
    return parsed;
  }
  const header = rows[headerIndex]!;
  const positions = new Map<TemplateKey, number>();
  header.cells.forEach((cell, index) => {
    const key = cell.trim().toLowerCase();
    const known = TEMPLATE_COLUMNS.find((column) => column.key === key);
    if (known) positions.set(known.key, index);
    else if (key !== '') parsed.issues.push({ row: header.row, column: cell, code: 'template_unknown_column', values: { value: cell } });
  });
  for (const column of TEMPLATE_COLUMNS) {
    if (column.field && !positions.has(column.key)) parsed.issues.push({ row: header.row, column: column.key, code: 'template_missing_column', values: { value: column.key } });
  }
  if (parsed.issues.length > 0) return parsed;

  const schema = staffingInputSchema(today);
  const seen = new Map<string, number>();
  for (const { row, cells } of rows.slice(headerIndex + 1)) {
    const cell = (key: TemplateKey) => (cells[positions.get(key)!] ?? '').trim();
    if (FIGURE_KEYS.every((key) => cell(key) === '')) {
      parsed.blankRows.push(row);
      continue;
    }
    const regionCode = cell('regionkod').padStart(2, '0');
    const rowIssues: ImportIssue[] = [];
    if (!REGION_CODES.has(regionCode)) rowIssues.push({ row, column: 'regionkod', code: 'unknown_region', values: { value: cell('regionkod') } });

    const input: Record<string, string> = {};
    for (const column of TEMPLATE_COLUMNS) if (column.field && column.field !== 'regionCode') input[column.field] = cell(column.key);
    if (format === 'xlsx') input.referenceDate = excelSerialDay(input.referenceDate!) ?? input.referenceDate!;
    const result = schema.safeParse(input);
    if (!result.success) {
      for (const [field, error] of Object.entries(fieldErrors(result.error))) {
        const { code, values } = readFieldError(error);
        rowIssues.push({ row, column: columnOfField.get(field as Field) ?? null, code, values: { ...values, value: input[field] ?? '' } });
      }
    }
    if (rowIssues.length > 0 || !result.success) {
      parsed.issues.push(...rowIssues);
      continue;
    }
    const key = `${regionCode}:${result.data.referenceDate}`;
    const first = seen.get(key);
    if (first !== undefined) {
      parsed.issues.push({ row, column: 'referensdatum', code: 'duplicate', values: { value: `${regionCode} ${result.data.referenceDate}`, first } });
      continue;
    }
    seen.set(key, row);
    parsed.entries.push({
      row,
      regionCode,
      referenceDate: result.data.referenceDate,
      specialistsHeadcount: result.data.specialistsHeadcount,
      specialistsFte: result.data.specialistsFte,
      traineesHeadcount: result.data.traineesHeadcount,
      traineesFte: result.data.traineesFte,
      residentsWithNamedContact: result.data.residentsWithNamedContact,
      source: result.data.source,
      comment: result.data.comment,
      plausibilityExplanation: result.data.plausibilityExplanation,
    });
  }
  return parsed;
}

/* The template itself, offered for download: the header and one row per region. */

export interface TemplateTexts {
  sheetName: string;
  guideSheetName: string;
  /** What each column holds, by key. */
  describe: Record<TemplateKey, string>;
  guideIntro: string[];
}

function templateRows(locale: 'sv' | 'en'): string[][] {
  return regionRows.map((region) => [region.code, locale === 'en' ? region.nameEn : region.nameSv, ...TEMPLATE_COLUMNS.slice(2).map(() => '')]);
}

/** CSV as Swedish Excel reads it: semicolons, UTF-8 with a byte-order mark, CRLF. */
export function templateCsv(locale: 'sv' | 'en'): string {
  const lines = [TEMPLATE_COLUMNS.map((c) => c.key), ...templateRows(locale)].map((cells) => cells.map((cell) => csvTextField(cell, ';')).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function templateWorkbook(locale: 'sv' | 'en', texts: TemplateTexts): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(texts.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((column) => ({ header: column.key, key: column.key, width: Math.max(14, column.key.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of templateRows(locale)) sheet.addRow(row);
  // Region codes and dates stay text, so Excel neither drops the leading zero nor reformats the day.
  for (const key of ['regionkod', 'referensdatum'] as const) sheet.getColumn(key).numFmt = '@';

  const guide = workbook.addWorksheet(texts.guideSheetName);
  guide.columns = [{ width: 34 }, { width: 100 }];
  for (const line of texts.guideIntro) guide.addRow([line]);
  guide.addRow([]);
  for (const column of TEMPLATE_COLUMNS) guide.addRow([column.key, texts.describe[column.key]]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
