/**
 * A deciding body is stored as the source or the region wrote it, in Swedish ("Regionfullmäktige
 * (budget 2023)"). In English the bodies every region has get their English names; anything else is
 * shown as written and marked Swedish, never guessed at.
 */

/** A piece of the text to show: `sv` when it is the Swedish original, to be marked lang="sv". */
export type TextPart = { text: string; sv: boolean };

/** The bodies of a Swedish region (and the few others sources name), keyed in lower case. */
const BODIES: Record<string, string> = {
  regionfullmäktige: 'Regional Council',
  regionstyrelsen: 'Regional Executive Board',
  'hälso- och sjukvårdsnämnden': 'Health and Medical Care Committee',
  primärvårdsnämnden: 'Primary Care Committee',
  vårdstyrelsen: 'Healthcare Board',
  'de styrande partierna': 'The governing parties',
};

/** What a source adds in brackets ("budget 2023", "extra sammanträde"). */
const QUALIFIERS: Array<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/^budget (\d{4})$/i, (m) => `budget ${m[1]}`],
  [/^extra sammanträde$/i, () => 'extraordinary meeting'],
];

function qualifierParts(qualifier: string): TextPart[] {
  for (const [pattern, english] of QUALIFIERS) {
    const match = qualifier.match(pattern);
    if (match) return [{ text: english(match), sv: false }];
  }
  return [{ text: qualifier, sv: true }];
}

export function decidingBodyParts(body: string, locale: string): TextPart[] {
  const text = body.trim();
  if (locale !== 'en') return [{ text, sv: false }];
  const [, name = text, qualifier] = text.match(/^(.*?)\s*(?:\((.*)\))?$/) ?? [];
  const english = BODIES[name.toLowerCase()];
  if (!english) return [{ text, sv: true }];
  if (qualifier === undefined) return [{ text: english, sv: false }];
  return [{ text: `${english} (`, sv: false }, ...qualifierParts(qualifier), { text: ')', sv: false }];
}

/** The same as plain text, for places that cannot mark a language (a chart's tooltip, a file). */
export function decidingBodyText(body: string, locale: string): string {
  return decidingBodyParts(body, locale)
    .map((part) => part.text)
    .join('');
}
