import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

/**
 * Texts live in one file per area (messages/<locale>/<area>.json) so that each part of the product
 * keeps its own; every area's top-level keys are its namespaces and must not collide.
 */
export const MESSAGE_FILES = [
  'common',
  'dashboard',
  'accessibility',
  'region',
  'table-view',
  'charts',
  'downloads',
  'auth',
  'entry',
  'admin',
  'comparison',
  'glossary',
  'embed',
  'report',
] as const;

export async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const files = await Promise.all(
    MESSAGE_FILES.map(async (file) => (await import(`../../messages/${locale}/${file}.json`)).default as Record<string, unknown>),
  );
  return Object.assign({}, ...files);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: 'Europe/Stockholm' };
});
