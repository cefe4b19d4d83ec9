import { regionRows } from '@/lib/domain/regions';
import { decodeText, detectFormat, duplicateColumns, raggedRows, readDelimited, type FileRow, type ImportIssue } from './table-file';

/**
 * SCB's population table BE0101N1 (Folkmängd, 31 December, by region and year) as its statistical
 * database exports it: CSV with the years as columns ("2024" or "Folkmängd 2024"; a title line
 * above is skipped), CSV with a year column and a value column, or PxWeb JSON-stat2. Regions are
 * SCB's labels ("09 Gotlands län") or codes ("09"); the national total and municipalities are left
 * alone, as are cells SCB marks as missing (".."), because missing is not zero.
 */

export const SCB_POPULATION_SOURCE = 'SCB, Statistikdatabasen, tabell BE0101N1 (folkmängd 31 december)';

export interface PopulationObservation {
  row: number | null;
  /** Where in the file: a column (CSV) or the JSON-stat cell. */
  column: string;
  regionCode: string;
  year: number;
  residents: number;
}

export interface LeftAlone {
  row: number | null;
  column: string | null;
  label: string;
  reason: 'national_total' | 'municipality' | 'missing_value';
}

export interface ParsedPopulation {
  observations: PopulationObservation[];
  leftAlone: LeftAlone[];
  issues: ImportIssue[];
}

const REGION_CODES = new Set<string>(regionRows.map((region) => region.code));
const MIN_YEAR = 1968;
const MAX_YEAR = 2100;
const MIN_RESIDENTS = 1000;
const MAX_RESIDENTS = 5_000_000;
/** SCB's marks for a value that is missing or cannot be shown. */
const MISSING_MARKS = new Set(['..', '…', '.', '-', '']);

type RegionRef = { kind: 'region'; code: string } | { kind: 'left_alone'; reason: 'national_total' | 'municipality' } | { kind: 'unknown' };

/** "09 Gotlands län", "09" or "00 Riket" → which region, if any. */
function regionRef(label: string): RegionRef {
  const code = /^(\d+)(?:\s|$)/.exec(label.trim())?.[1];
  if (code === '00') return { kind: 'left_alone', reason: 'national_total' };
  if (code?.length === 4) return { kind: 'left_alone', reason: 'municipality' };
  if (code && REGION_CODES.has(code)) return { kind: 'region', code };
  return { kind: 'unknown' };
}

/** Builds the result row by row, checking each value and refusing a region and year given twice. */
class Collector {
  readonly parsed: ParsedPopulation = { observations: [], leftAlone: [], issues: [] };
  private readonly seen = new Map<string, string>();

  issue(issue: ImportIssue) {
    this.parsed.issues.push(issue);
  }

  add(row: number | null, column: string, regionLabel: string, yearText: string, valueText: string) {
    const region = regionRef(regionLabel);
    if (region.kind === 'left_alone') {
      this.parsed.leftAlone.push({ row, column, label: regionLabel, reason: region.reason });
      return;
    }
    if (region.kind === 'unknown') {
      this.issue({ row, column, code: 'unknown_region', values: { value: regionLabel } });
      return;
    }
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < MIN_YEAR || year > MAX_YEAR) {
      this.issue({ row, column, code: 'year_invalid', values: { value: yearText, min: MIN_YEAR, max: MAX_YEAR } });
      return;
    }
    const compact = valueText.replace(/[\s\u00a0\u202f]/g, '');
    if (MISSING_MARKS.has(compact)) {
      this.parsed.leftAlone.push({ row, column, label: `${regionLabel} ${year}`, reason: 'missing_value' });
      return;
    }
    if (!/^\d+$/.test(compact)) {
      this.issue({ row, column, code: 'residents_not_whole_number', values: { value: valueText } });
      return;
    }
    const residents = Number(compact);
    if (residents < MIN_RESIDENTS || residents > MAX_RESIDENTS) {
      this.issue({ row, column, code: 'residents_out_of_range', values: { value: residents, min: MIN_RESIDENTS, max: MAX_RESIDENTS } });
      return;
    }
    const key = `${region.code}:${year}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.issue({ row, column, code: 'duplicate', values: { value: `${regionLabel} ${year}`, first } });
      return;
    }
    this.seen.set(key, row === null ? column : String(row));
    this.parsed.observations.push({ row, column, regionCode: region.code, year, residents });
  }
}

const normalise = (header: string) => header.trim().toLowerCase();
/** A year column: "2024" or "Folkmängd 2024" (SCB names value columns by content and year). */
const YEAR_COLUMN = /^(?:folkmängd\s+)?(\d{4})$/;

/** A header's name as a column: "2024" and "Folkmängd 2024" name the same year. */
const columnKey = (header: string) => YEAR_COLUMN.exec(normalise(header))?.[1] ?? normalise(header);

function parseCsv(rows: FileRow[]): ParsedPopulation {
  const collector = new Collector();
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => normalise(cell) === 'region'));
  if (headerIndex < 0) {
    collector.issue({ row: null, column: null, code: 'scb_no_region_column' });
    return collector.parsed;
  }
  const header = rows[headerIndex]!;
  const dataRows = rows.slice(headerIndex + 1);
  const duplicates = duplicateColumns(header, columnKey);
  if (duplicates.length > 0) return { ...collector.parsed, issues: duplicates };

  const names = header.cells.map(normalise);
  const regionColumn = names.indexOf('region');
  const yearColumn = names.indexOf('år');
  const valueColumn = names.indexOf('folkmängd');
  const long = yearColumn >= 0 && valueColumn >= 0;

  const yearColumns: { index: number; year: string }[] = [];
  names.forEach((name, index) => {
    if (index === regionColumn || (long && (index === yearColumn || index === valueColumn))) return;
    const year = YEAR_COLUMN.exec(name)?.[1];
    if (!long && year) yearColumns.push({ index, year });
    else collector.issue({ row: header.row, column: header.cells[index] ?? '', code: 'scb_unknown_column', values: { value: header.cells[index] ?? '' } });
  });
  if (!long && yearColumns.length === 0 && collector.parsed.issues.length === 0) {
    collector.issue({ row: header.row, column: null, code: 'scb_no_year_columns' });
  }
  if (collector.parsed.issues.length > 0) return collector.parsed;
  // A row with a cell too many or too few would put its figures under another year's column.
  const ragged = raggedRows(header, dataRows);
  if (ragged.length > 0) return { ...collector.parsed, issues: ragged };

  for (const { row, cells } of dataRows) {
    const regionLabel = cells[regionColumn] ?? '';
    if (long) {
      collector.add(row, header.cells[valueColumn]!, regionLabel, (cells[yearColumn] ?? '').trim(), cells[valueColumn] ?? '');
    } else {
      for (const { index, year } of yearColumns) collector.add(row, header.cells[index]!, regionLabel, year, cells[index] ?? '');
    }
  }
  return collector.parsed;
}

/*
 * JSON-stat 2.0 (https://json-stat.org/full/), as PxWeb writes it. The values are one list in
 * row-major order over the dimensions in `id` (the last varies fastest), so a value's region and year
 * follow only from its position: the file's own structure is checked before any value is read, and
 * a file whose value count or categories disagree with its declared sizes is refused whole.
 */

interface JsonStatCategory {
  index?: unknown;
  label?: Record<string, string>;
}

interface JsonStatDimension {
  label?: string;
  category?: JsonStatCategory;
}

interface JsonStatDataset {
  class?: unknown;
  id?: unknown;
  size?: unknown;
  role?: { time?: string[]; geo?: string[]; metric?: string[] };
  dimension?: Record<string, JsonStatDimension>;
  value?: unknown;
}

/**
 * Category codes in index order: the index is a list of codes or a code → position map over the
 * positions 0 … n−1, each once; without an index (allowed for one category) the label's code. Null
 * when the index is neither.
 */
function categoryCodes(category: JsonStatCategory | undefined): string[] | null {
  const index = category?.index;
  if (index === undefined) return Object.keys(category?.label ?? {});
  if (Array.isArray(index)) return index.every((code) => typeof code === 'string') && new Set(index).size === index.length ? (index as string[]) : null;
  if (index === null || typeof index !== 'object') return null;
  const codes: string[] = [];
  for (const [code, position] of Object.entries(index)) {
    if (!Number.isInteger(position) || position < 0 || codes[position as number] !== undefined) return null;
    codes[position as number] = code;
  }
  return codes.length === Object.keys(index).length ? codes : null;
}

/** How a dimension is recognised: its role, its id, or its label (Swedish or English export). */
const DIMENSIONS = {
  geo: { ids: ['region'], labels: ['region'] },
  time: { ids: ['tid'], labels: ['år', 'year', 'tid'] },
  metric: { ids: ['contentscode'], labels: ['tabellinnehåll', 'table contents', 'observations'] },
} as const;

function dimensionId(dataset: JsonStatDataset, ids: readonly string[], role: keyof typeof DIMENSIONS): string | undefined {
  const { ids: names, labels } = DIMENSIONS[role];
  const byRole = dataset.role?.[role]?.[0];
  if (byRole && ids.includes(byRole)) return byRole;
  return (
    ids.find((id) => (names as readonly string[]).includes(normalise(id))) ??
    ids.find((id) => (labels as readonly string[]).includes(normalise(dataset.dimension?.[id]?.label ?? '')))
  );
}

const isSize = (size: unknown): size is number => Number.isInteger(size) && (size as number) >= 0;

/** The first thing wrong with the file's structure, or its dimensions' categories when it holds. */
function readStructure(dataset: JsonStatDataset): { issue: ImportIssue } | { ids: string[]; sizes: number[]; codes: string[][]; total: number } {
  const fail = (code: string, column: string | null, values?: ImportIssue['values']) => ({ issue: { row: null, column, code, values } });
  const { id: ids, size: sizes, dimension: dimensions } = dataset;
  if (
    dataset.class !== 'dataset' ||
    !Array.isArray(ids) ||
    !ids.every((id) => typeof id === 'string') ||
    !Array.isArray(sizes) ||
    !sizes.every(isSize) ||
    !dimensions ||
    typeof dimensions !== 'object'
  ) {
    return fail('jsonstat_not_dataset', null);
  }
  if (ids.length !== sizes.length) return fail('jsonstat_id_size_mismatch', 'size', { ids: ids.length, sizes: sizes.length });
  const codes: string[][] = [];
  for (const [position, id] of (ids as string[]).entries()) {
    const categories = categoryCodes(dimensions[id]?.category);
    if (!categories) return fail('jsonstat_category_index', `dimension.${id}`, { value: id });
    if (categories.length !== sizes[position]) return fail('jsonstat_category_count', `dimension.${id}`, { value: id, declared: sizes[position] as number, found: categories.length });
    codes.push(categories);
  }
  const total = (sizes as number[]).reduce((product, size) => product * size, 1);
  const values = dataset.value;
  if (Array.isArray(values)) {
    if (values.length !== total) {
      return fail('jsonstat_value_count', 'value', { sizes: sizes.join(' × '), dimensions: ids.join(' × '), declared: total, found: values.length });
    }
  } else if (values !== null && typeof values === 'object') {
    const stray = Object.keys(values).find((key) => !/^(0|[1-9]\d*)$/.test(key) || Number(key) >= total);
    if (stray !== undefined) return fail('jsonstat_value_index', 'value', { value: stray, sizes: sizes.join(' × '), declared: total, last: total - 1 });
  } else {
    return fail('jsonstat_not_dataset', 'value');
  }
  return { ids: ids as string[], sizes: sizes as number[], codes, total };
}

function parseJsonStat(text: string): ParsedPopulation {
  const collector = new Collector();
  const fail = (issue: ImportIssue) => {
    collector.issue(issue);
    return collector.parsed;
  };
  let dataset: JsonStatDataset;
  try {
    dataset = JSON.parse(text) as JsonStatDataset;
  } catch {
    return fail({ row: null, column: null, code: 'json_unreadable' });
  }
  if (dataset === null || typeof dataset !== 'object') return fail({ row: null, column: null, code: 'jsonstat_not_dataset' });
  const structure = readStructure(dataset);
  if ('issue' in structure) return fail(structure.issue);
  const { ids, sizes, codes, total } = structure;
  const dimensions = dataset.dimension!;

  const geo = dimensionId(dataset, ids, 'geo');
  const time = dimensionId(dataset, ids, 'time');
  const metric = dimensionId(dataset, ids, 'metric');
  if (!geo || !time || geo === time) return fail({ row: null, column: null, code: 'jsonstat_missing_dimension' });
  for (const [position, id] of ids.entries()) {
    if (id === geo || id === time) continue;
    const labels = dimensions[id]?.category?.label ?? {};
    if (id === metric) {
      const other = codes[position]!.find((code) => code !== 'BE0101N1' && normalise(labels[code] ?? '') !== 'folkmängd');
      if (other) return fail({ row: null, column: null, code: 'scb_wrong_content', values: { value: labels[other] ?? other } });
    } else if (sizes[position] !== 1) {
      return fail({ row: null, column: null, code: 'jsonstat_extra_dimension', values: { value: dimensions[id]?.label ?? id } });
    }
  }

  const values = dataset.value as unknown[] | Record<string, unknown>;
  const valueAt = (index: number): unknown => (Array.isArray(values) ? values[index] : values[String(index)]);
  // Row-major: a step in dimension d skips the product of the sizes after it.
  const stride = (position: number) => sizes.slice(position + 1).reduce((product, size) => product * size, 1);
  const at = (position: number) => {
    const step = stride(position);
    return (index: number) => codes[position]![Math.floor(index / step) % sizes[position]!]!;
  };
  const regionAt = at(ids.indexOf(geo));
  const yearAt = at(ids.indexOf(time));
  const geoLabels = dimensions[geo]?.category?.label ?? {};
  for (let index = 0; index < total; index++) {
    const regionCode = regionAt(index);
    const year = yearAt(index);
    const value = valueAt(index);
    const label = `${regionCode} ${geoLabels[regionCode] ?? ''}`.trim();
    collector.add(null, `value[${index}] (${label}, ${year})`, label, year, value === null || value === undefined ? '..' : String(value));
  }
  return collector.parsed;
}

/** Reads BE0101N1 from an uploaded file, CSV or JSON-stat2 (detected from its content). */
export function parseScbPopulation(bytes: Uint8Array): ParsedPopulation {
  const format = detectFormat(bytes);
  if (format === 'xlsx') return { observations: [], leftAlone: [], issues: [{ row: null, column: null, code: 'scb_format' }] };
  const text = decodeText(bytes);
  if (format === 'json') return parseJsonStat(text);
  return parseCsv(readDelimited(text));
}
