/**
 * The period a source refers to, as it says it: "2022-06", "2024" or "våren 2025". In English the
 * seasons are named in English; a period written any other way is returned as it is, for the page to
 * mark as Swedish.
 */
const SEASONS: Record<string, string> = { våren: 'spring', sommaren: 'summer', hösten: 'autumn', vintern: 'winter' };

export function periodText(period: string, locale: string): { text: string; sv: boolean } {
  if (locale !== 'en' || /^\d{4}(-\d{2})?$/.test(period)) return { text: period, sv: false };
  const match = period.match(/^(våren|sommaren|hösten|vintern) (\d{4})$/i);
  return match ? { text: `${SEASONS[match[1]!.toLowerCase()]} ${match[2]}`, sv: false } : { text: period, sv: true };
}
