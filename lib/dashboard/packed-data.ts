import type { DashboardData, DashboardDecision, DashboardPopulation, DashboardRegion, DashboardReport } from '@/lib/domain/dashboard-data';

/**
 * The dashboard's data travels inside every cached copy of the page, so its size is paid on every
 * request. Rows are sent as columns (each key once, not once per row), and a column of strings that
 * repeat (region codes, reference dates, the source of the example data) as a dictionary and indexes.
 * Unpacking gives back exactly the rows that were packed.
 */

type Column = { values: unknown[] } | { dictionary: (string | null)[]; indexes: number[] };

export interface PackedTable {
  length: number;
  columns: Record<string, Column>;
}

export interface PackedDashboardData extends Omit<DashboardData, 'regions' | 'population' | 'decisions' | 'reports'> {
  regions: PackedTable;
  population: PackedTable;
  decisions: PackedTable;
  reports: PackedTable;
}

const isRepeatedText = (values: readonly unknown[], distinct: number) =>
  values.every((v) => typeof v === 'string' || v === null) && distinct * 2 <= values.length;

function packColumn(values: unknown[]): Column {
  const dictionary = [...new Set(values)];
  if (!isRepeatedText(values, dictionary.length)) return { values };
  const position = new Map(dictionary.map((value, index) => [value, index]));
  return { dictionary: dictionary as (string | null)[], indexes: values.map((value) => position.get(value) ?? -1) };
}

export function packTable<T extends object>(rows: readonly T[]): PackedTable {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns = Object.fromEntries(keys.map((key) => [key, packColumn(rows.map((row) => (row as Record<string, unknown>)[key]))]));
  return { length: rows.length, columns };
}

/** The rows of a table made by packTable (the caller names their type, as it did when packing). */
export function unpackTable<T>(table: PackedTable): T[] {
  const entries = Object.entries(table.columns).map(([key, column]): [string, (index: number) => unknown] => [
    key,
    'values' in column ? (index) => column.values[index] : (index) => column.dictionary[column.indexes[index] ?? -1],
  ]);
  return Array.from({ length: table.length }, (_, index) => {
    const row: Record<string, unknown> = {};
    for (const [key, valueAt] of entries) {
      const value = valueAt(index);
      // A key absent from a row packs as undefined; leave it absent again.
      if (value !== undefined) row[key] = value;
    }
    return row as T;
  });
}

export function packDashboardData(data: DashboardData): PackedDashboardData {
  return {
    ...data,
    regions: packTable(data.regions),
    population: packTable(data.population),
    decisions: packTable(data.decisions),
    reports: packTable(data.reports),
  };
}

export function unpackDashboardData(packed: PackedDashboardData): DashboardData {
  return {
    ...packed,
    regions: unpackTable<DashboardRegion>(packed.regions),
    population: unpackTable<DashboardPopulation>(packed.population),
    decisions: unpackTable<DashboardDecision>(packed.decisions),
    reports: unpackTable<DashboardReport>(packed.reports),
  };
}
