/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they contain a comma, quote or
 * line break. Numbers are written as plain machine numbers (decimal point, no grouping) and missing
 * values as empty fields — never as 0.
 */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/**
 * A text field: defused when a spreadsheet would run it as a formula (a leading =, +, - or @), and
 * quoted when it holds the separator, a quote or a line break.
 */
export function csvTextField(text: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return csvTextField(value, ',');
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows) lines.push(columns.map((column) => field(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
