import { describe, expect, it } from 'vitest';
import { downloadFileName } from './file-names';

describe('names of downloaded files', () => {
  it('are English from the English page and Swedish (in ASCII) from the Swedish one', () => {
    expect(downloadFileName('en', 'map', 'decision', '2026-01-31')).toBe('named-gp-map-decision-2026-01-31');
    expect(downloadFileName('sv', 'map', 'decision', '2026-01-31')).toBe('fast-lakarkontakt-karta-decision-2026-01-31');
    expect(downloadFileName('en', 'decisionsOverTime')).toBe('named-gp-decisions-over-time');
    expect(downloadFileName('sv', 'decisionsOverTime')).toBe('fast-lakarkontakt-beslut-over-tid');
  });
});
