/**
 * The documentation page's texts for each query parameter, in both languages, beside the schemas they
 * describe (each endpoint's own text is in its definition, lib/api/endpoints.ts). Kept here rather
 * than in messages/ so that a new endpoint or parameter cannot be served without its documentation:
 * the contract test checks that every parameter of every endpoint has both texts.
 */

export type DocumentationLocale = 'sv' | 'en';
export type Bilingual = Record<DocumentationLocale, string>;

export const PARAMETER_DOCS = {
  region: {
    sv: 'Regionkoder (SCB), kommaseparerade, t.ex. 09,25. I measures och other-measures betyder 00 riket.',
    en: 'Region codes (SCB), comma-separated, e.g. 09,25. In measures and other-measures, 00 means Sweden as a whole.',
  },
  from: {
    sv: 'Från och med (datum ÅÅÅÅ-MM-DD; för folkmängd ett år ÅÅÅÅ).',
    en: 'From (date YYYY-MM-DD; for population a year YYYY).',
  },
  to: {
    sv: 'Till och med (datum ÅÅÅÅ-MM-DD; för folkmängd ett år ÅÅÅÅ).',
    en: 'Up to (date YYYY-MM-DD; for population a year YYYY).',
  },
  asOf: {
    sv: 'Läget en viss dag: latest (i dag) eller ett datum ÅÅÅÅ-MM-DD.',
    en: 'The state on a day: latest (today) or a date YYYY-MM-DD.',
  },
  measure: {
    sv: 'Måttets namn som det står i kolumnen measure, kommaseparerade, t.ex. residents_per_doctor.',
    en: 'Measure names as in the measure column, comma-separated, e.g. residents_per_doctor.',
  },
  limit: { sv: 'Antal rader per sida (högst 1 000, standard 100).', en: 'Rows per page (at most 1,000, default 100).' },
  offset: { sv: 'Antal rader att hoppa över.', en: 'Rows to skip.' },
  format: { sv: 'json (standard) eller csv.', en: 'json (default) or csv.' },
} as const satisfies Record<string, Bilingual>;

export type ParameterName = keyof typeof PARAMETER_DOCS;

export function isDocumentedParameter(name: string): name is ParameterName {
  return Object.hasOwn(PARAMETER_DOCS, name);
}
