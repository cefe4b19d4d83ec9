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

/** The words the English pages use for each concept, and the other words for it that they must not use. */
const ONE_TERM_PER_CONCEPT: Array<[RegExp, string]> = [
  [/fast läkarkontakt|named (primary-care )?doctor\b/i, 'named GP'],
  [/\bST (trainee|doctor)s?\b/i, 'GP trainee'],
  [/full-time posts?/i, 'full-time equivalents (FTE)'],
  [/\bRiket\b/, 'Sweden'],
  [/diarienummer/i, 'registration number'],
  [/\btowards\b/, 'toward'],
  [/\b1 \d{3}\b/, '1,100 (English digit grouping)'],
];

/**
 * Texts that hold Swedish on purpose: the language switch (marked lang="sv" where shown), the product's
 * Swedish title in a downloaded file, and a column heading as SCB's files write it.
 */
const SWEDISH_ON_PURPOSE = new Set(['layout.languageSwitch', 'layout.languageSwitchLabel', 'downloadFile.citationText', 'admin.import.errors.scb_no_year_columns']);

describe('the English catalogue', () => {
  it('uses one English term per concept, and Swedish only inside <sv> markup or the glossary’s Swedish terms', async () => {
    const en = await loadMessages('en');
    const problems: string[] = [];
    for (const key of keys(en)) {
      if (SWEDISH_ON_PURPOSE.has(key) || /^glossary\.entries\.\w+\.term$/.test(key)) continue;
      const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;
      const outsideMarkup = text.replace(/<sv>.*?<\/sv>/g, '');
      if (/[åäö]/i.test(outsideMarkup)) problems.push(`${key}: Swedish letters in “${text}”`);
      // The glossary explains the other words; everywhere else only the chosen term is used.
      for (const [other, term] of key.startsWith('glossary.') ? [] : ONE_TERM_PER_CONCEPT) {
        if (other.test(outsideMarkup)) problems.push(`${key}: “${text}” — use “${term}”`);
      }
    }
    expect(problems).toEqual([]);
  });
});
