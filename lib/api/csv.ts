/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they contain a comma, quote or
 * line break. Numbers are written as plain machine numbers (decimal point, no grouping) and missing
 * values as empty fields — never as 0.
 */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows) lines.push(columns.map((column) => field(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
