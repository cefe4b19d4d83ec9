/**
 * The names of downloaded files, in the page's language: "fast-lakarkontakt-karta-decision-2026-01-31.png"
 * from the Swedish page, "named-gp-map-decision-2026-01-31.png" from the English one. ASCII only, so
 * that every system keeps the name as it is.
 */
const WORDS = {
  sv: { product: 'fast-lakarkontakt', map: 'karta', chart: 'diagram', table: 'tabell', comparison: 'jamforelse', decisionsOverTime: 'beslut-over-tid' },
  en: { product: 'named-gp', map: 'map', chart: 'chart', table: 'table', comparison: 'comparison', decisionsOverTime: 'decisions-over-time' },
} as const;

export type DownloadKind = 'map' | 'chart' | 'table' | 'comparison' | 'decisionsOverTime';

export function downloadFileName(locale: string, kind: DownloadKind, ...details: string[]): string {
  const words = locale === 'en' ? WORDS.en : WORDS.sv;
  return [words.product, words[kind], ...details].join('-');
}
