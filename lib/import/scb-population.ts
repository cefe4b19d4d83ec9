import { regionRows } from '@/lib/domain/regions';
import { decodeText, detectFormat, readDelimited, type FileRow, type ImportIssue } from './table-file';

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

function parseCsv(rows: FileRow[]): ParsedPopulation {
  const collector = new Collector();
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => normalise(cell) === 'region'));
  if (headerIndex < 0) {
    collector.issue({ row: null, column: null, code: 'scb_no_region_column' });
    return collector.parsed;
  }
  const header = rows[headerIndex]!;
  const names = header.cells.map(normalise);
  const regionColumn = names.indexOf('region');
  const yearColumn = names.indexOf('år');
  const valueColumn = names.findIndex((name) => name === 'folkmängd');
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

  for (const { row, cells } of rows.slice(headerIndex + 1)) {
    const regionLabel = cells[regionColumn] ?? '';
    if (long) {
      collector.add(row, header.cells[valueColumn]!, regionLabel, (cells[yearColumn] ?? '').trim(), cells[valueColumn] ?? '');
    } else {
      for (const { index, year } of yearColumns) collector.add(row, header.cells[index]!, regionLabel, year, cells[index] ?? '');
    }
  }
  return collector.parsed;
}

/* JSON-stat 2.0 (https://json-stat.org/full/), as PxWeb writes it. */

interface JsonStatCategory {
  index?: string[] | Record<string, number>;
  label?: Record<string, string>;
}

interface JsonStatDataset {
  class?: string;
  id?: unknown;
  size?: unknown;
  role?: { time?: string[]; geo?: string[]; metric?: string[] };
  dimension?: Record<string, { label?: string; category?: JsonStatCategory }>;
  value?: unknown;
  status?: unknown;
}

/** Category codes in index order (an index may be a list or a code → position map; one category may have none). */
function categoryCodes(category: JsonStatCategory | undefined): string[] {
  if (!category) return [];
  if (Array.isArray(category.index)) return category.index;
  if (category.index) return Object.entries(category.index).sort((a, b) => a[1] - b[1]).map(([code]) => code);
  return Object.keys(category.label ?? {});
}

function parseJsonStat(text: string): ParsedPopulation {
  const collector = new Collector();
  const fail = (code: string, values?: Record<string, string | number>) => {
    collector.issue({ row: null, column: null, code, values });
    return collector.parsed;
  };
  let dataset: JsonStatDataset;
  try {
    dataset = JSON.parse(text) as JsonStatDataset;
  } catch {
    return fail('json_unreadable');
  }
  const ids = dataset.id;
  const sizes = dataset.size;
  const dimensions = dataset.dimension;
  if (dataset?.class !== 'dataset' || !Array.isArray(ids) || !Array.isArray(sizes) || ids.length !== sizes.length || !dimensions) {
    return fail('jsonstat_not_dataset');
  }
  const find = (role: string[] | undefined, pattern: RegExp) => role?.[0] ?? (ids as string[]).find((id) => pattern.test(id));
  const geo = find(dataset.role?.geo, /^region$/i);
  const time = find(dataset.role?.time, /^tid$/i);
  const metric = find(dataset.role?.metric, /^contentscode$/i);
  if (!geo || !time) return fail('jsonstat_missing_dimension');

  const codes = (ids as string[]).map((id) => categoryCodes(dimensions[id]?.category));
  for (const [position, id] of (ids as string[]).entries()) {
    if (codes[position]!.length !== sizes[position]) return fail('jsonstat_not_dataset');
    if (id === geo || id === time) continue;
    const labels = dimensions[id]?.category?.label ?? {};
    if (id === metric) {
      const other = codes[position]!.find((code) => code !== 'BE0101N1' && normalise(labels[code] ?? '') !== 'folkmängd');
      if (other) return fail('scb_wrong_content', { value: labels[other] ?? other });
    } else if (sizes[position] !== 1) {
      return fail('jsonstat_extra_dimension', { value: dimensions[id]?.label ?? id });
    }
  }

  const values = dataset.value;
  const valueAt = (index: number): unknown =>
    Array.isArray(values) ? values[index] : values && typeof values === 'object' ? (values as Record<string, unknown>)[String(index)] : undefined;
  if (!Array.isArray(values) && (values === null || typeof values !== 'object')) return fail('jsonstat_not_dataset');

  const geoPosition = (ids as string[]).indexOf(geo);
  const timePosition = (ids as string[]).indexOf(time);
  const geoLabels = dimensions[geo]?.category?.label ?? {};
  const total = (sizes as number[]).reduce((product, size) => product * size, 1);
  for (let index = 0; index < total; index++) {
    // Row-major: the last dimension varies fastest.
    let rest = index;
    const position: number[] = new Array(sizes.length);
    for (let d = sizes.length - 1; d >= 0; d--) {
      position[d] = rest % (sizes[d] as number);
      rest = Math.floor(rest / (sizes[d] as number));
    }
    const regionCode = codes[geoPosition]![position[geoPosition]!]!;
    const year = codes[timePosition]![position[timePosition]!]!;
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
