import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/**
 * Inputs an attacker or a careless client sends, for the fuzz tests: fixed seeds, so a failure
 * names a case that replays. Each value is one a form field, a query parameter or a file cell could
 * carry: control and bidirectional characters, numbers just past a column's range, huge texts,
 * look-alike digits, markup, other types where a string is expected.
 */

/** One seed for every fuzz run: the same inputs on every machine, and a failure replays. */
export const FUZZ_SEED = 20261201;

const INT4_MAX = 2_147_483_647;

/** Values that broke or could break a server: each is tried on every field of every input. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'Region\u0000fullmäktige',
  '\u202Eevil\u202C',
  '\u2066isolate\u2069',
  '\u200Fmark',
  '\u0007bell',
  '\u0085next line',
  '\uFEFFbom',
  '\uD800',
  '\uDC00x',
  '\uFFFF',
  String(INT4_MAX),
  String(INT4_MAX + 1),
  String(2 ** 53),
  String(2 ** 53 + 2),
  '-2147483649',
  '-1',
  '0',
  '1e309',
  '1e3',
  '0x10',
  'NaN',
  'Infinity',
  '١٢٣',
  '１２３',
  '36,5',
  '36.5',
  '1 100',
  '1\u00a0100',
  '2024-02-30',
  '0000-00-00',
  '9999-12-31',
  '2024-13',
  'x'.repeat(2001),
  'å'.repeat(70_000),
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; drop table decisions; --",
  '../../etc/passwd',
  'javascript:alert(1)',
  'https://example.org/\u0000',
  'decision:2147483648:1',
  'staffing_report:1:99999999999',
  '__proto__',
  'constructor',
];

/** Any value a client could put where a form field is read: mostly strings, sometimes other types. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constantFrom(INT4_MAX + 1, 2 ** 53, -1, 0, Number.NaN, Number.POSITIVE_INFINITY, 1.5)) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, [], {}, ['a', 'b'], { toString: 'x' }) },
);

/**
 * An input object with these field names. Mostly a plausible one (from `valid`) with one or two fields
 * replaced by hostile values, so that the hostile value is what the server meets; sometimes every field
 * plausible or hostile at random, or missing (`coherent` gives plausible inputs whose fields agree); sometimes an unknown field, or not an object at all.
 */
export function hostileInput(valid: Record<string, fc.Arbitrary<unknown>>, coherent: fc.Arbitrary<Record<string, unknown>> = fc.record(valid)): fc.Arbitrary<unknown> {
  const names = Object.keys(valid);
  const plausible = coherent;
  const oneOrTwoReplaced = fc
    .tuple(plausible, fc.shuffledSubarray(names, { minLength: 1, maxLength: Math.min(2, names.length) }), fc.tuple(hostileValue, hostileValue))
    .map(([input, replaced, values]) => ({ ...input, ...Object.fromEntries(replaced.map((name, i) => [name, values[i]])) }));
  const mixed = fc.record(
    Object.fromEntries(names.map((name) => [name, fc.oneof({ weight: 3, arbitrary: valid[name]! }, { weight: 2, arbitrary: hostileValue })])),
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 8, arbitrary: oneOrTwoReplaced },
    { weight: 3, arbitrary: mixed },
    { weight: 1, arbitrary: plausible },
    { weight: 1, arbitrary: fc.tuple(mixed, fc.constantFrom('__proto__', 'extra', '$ACTION_ID_x'), hostileValue).map(([r, key, value]) => ({ ...(r as object), [key]: value })) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** What a fuzz suite tried: printed at the end of `npm test` from test-results/fuzz-*.json. */
export interface FuzzCounts {
  suite: string;
  inputs: number;
  refused: number;
  accepted: number;
  /** Calls that threw (the data layer) or answered 5xx (HTTP): always 0 when the suite passes. */
  serverErrors: number;
  /** Refused inputs after which a table or the audit trail had changed: always 0 when it passes. */
  writesOnRefusal: number;
}

export function writeFuzzCounts(counts: FuzzCounts): void {
  const dir = path.resolve('test-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `fuzz-${counts.suite}.json`), JSON.stringify(counts));
}
