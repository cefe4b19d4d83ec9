import { describe, expect, it } from 'vitest';
import { loadMessages, MESSAGE_FILES } from './request';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogues', () => {
  it('have exactly the same keys in Swedish and English, and no empty text', async () => {
    const [sv, en] = await Promise.all([loadMessages('sv'), loadMessages('en')]);
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    for (const catalogue of [sv, en]) {
      for (const key of keys(catalogue)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('never define the same namespace in two files', async () => {
    for (const locale of ['sv', 'en']) {
      const seen = new Set<string>();
      for (const file of MESSAGE_FILES) {
        const catalogue = (await import(`../../messages/${locale}/${file}.json`)).default as Record<string, unknown>;
        for (const namespace of Object.keys(catalogue)) {
          expect(seen.has(namespace), `${locale}/${file}: ${namespace}`).toBe(false);
          seen.add(namespace);
        }
      }
    }
  });
});
