import { CHART_FONT_FAMILY } from './palette';

/**
 * The option with every `fontFamily` that is the charts' default replaced by `fontFamily` (e.g. the
 * font the page actually computed), so chart text matches the page. Returns a copy; functions and
 * other values are kept as they are.
 */
export function withFontFamily<T>(option: T, fontFamily: string, from: string = CHART_FONT_FAMILY): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      copy[key] = key === 'fontFamily' && inner === from ? fontFamily : walk(inner);
    }
    return copy;
  };
  return walk(option) as T;
}
