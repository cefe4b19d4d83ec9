import 'server-only';
import { createTranslator, hasLocale } from 'next-intl';
import { describeChange } from '@/components/change-log/describe-change';
import { PUBLIC_CACHE_CONTROL } from '@/lib/cache/freshness';
import type { Translate } from '@/lib/dashboard/table-cells';
import { listChangeLog } from '@/lib/data/change-log';
import { regionRows } from '@/lib/domain/regions';
import { env } from '@/lib/env';
import { atomDocument } from '@/lib/feed/atom';
import { formatDateTime } from '@/lib/i18n/format';
import { loadMessages } from '@/lib/i18n/request';
import { routing } from '@/lib/i18n/routing';

/** When the follow-up began (the guideline's day): a feed with no entry yet is as old as that. */
const FOLLOW_UP_BEGAN = new Date('2022-04-28T00:00:00Z');

/** The feed's address: /api/feed/<locale>, or /api/feed/<locale>/<region code> for one region. */
export const feedPath = (locale: string, regionCode?: string) => `/api/feed/${locale}${regionCode ? `/${regionCode}` : ''}`;

/**
 * The public change log as an Atom feed, for the whole country or one region: one entry per
 * publication (for a region, those that published something for it), newest first, each listing what
 * it made public. Cached like the pages it mirrors.
 */
export async function changeFeed(locale: string, regionCode: string | null): Promise<Response> {
  const region = regionCode === null ? null : regionRows.find((r) => r.code === regionCode);
  if (!hasLocale(routing.locales, locale) || region === undefined) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'changeLog' }) as unknown as Translate;
  const common = createTranslator({ locale, messages }) as unknown as Translate;
  const prefix = locale === 'en' ? '/en' : '';
  const page = `${env.SITE_URL}${prefix}${region ? `/region/${region.code}` : '/vad-ar-nytt'}`;
  const changeLogPage = `${env.SITE_URL}${prefix}/vad-ar-nytt`;
  const regionName = region && (locale === 'en' ? region.nameEn : region.nameSv);

  const entries = (await listChangeLog())
    .map((entry) => ({ ...entry, items: region ? entry.items.filter((item) => item.regionCode === region.code) : entry.items }))
    .filter((entry) => entry.items.length > 0);
  const self = `${env.SITE_URL}${feedPath(locale, region?.code)}`;
  const xml = atomDocument({
    id: self,
    title: regionName ? t('feedRegionTitle', { region: regionName }) : t('feedTitle'),
    subtitle: t('intro'),
    lang: locale,
    updated: entries[0] ? new Date(entries[0].publishedAt) : FOLLOW_UP_BEGAN,
    links: [
      { rel: 'self', href: self, type: 'application/atom+xml' },
      { rel: 'alternate', href: page, type: 'text/html', hreflang: locale },
    ],
    author: 'Socialstyrelsen',
    entries: entries.map((entry) => ({
      // One id per publication and feed language; a region's feed shares it with the national one.
      id: `${changeLogPage}#publicering-${entry.id}`,
      title: t('publishedAt', { time: formatDateTime(entry.publishedAt) }),
      updated: new Date(entry.publishedAt),
      link: `${changeLogPage}#publicering-${entry.id}`,
      content: entry.items.map((item) => describeChange(item, locale, t, common)).join('\n'),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': PUBLIC_CACHE_CONTROL } });
}
