import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

const FALLBACK = '/konto';

describe('the page to return to after signing in', () => {
  it('keeps a path and query on this site', () => {
    expect(safeReturnPath('/konto?tab=beslut', FALLBACK)).toBe('/konto?tab=beslut');
    expect(safeReturnPath('/en/region/09', FALLBACK)).toBe('/en/region/09');
  });

  it('never leads to another site', () => {
    for (const hostile of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\t/evil.example',
      'http:/evil.example',
      '',
      null,
      42,
    ]) {
      expect(safeReturnPath(hostile, FALLBACK), String(hostile)).toBe(FALLBACK);
    }
  });

  it('for any input, gives a single-slash path on this site', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((s) => `/${s}`), fc.string().map((s) => `//${s}`)), (input) => {
        const path = safeReturnPath(input, FALLBACK);
        expect(path.startsWith('/')).toBe(true);
        expect(path.startsWith('//')).toBe(false);
        expect(new URL(path, 'https://site.example').origin).toBe('https://site.example');
      }),
      { numRuns: 2000 },
    );
  });
});
