import { hasLocale } from 'next-intl';
import { PUBLIC_CACHE_CONTROL } from '@/lib/cache/freshness';
import type { ChartLabels } from '@/lib/charts/labels';
import { buildMapOption } from '@/lib/charts/map-option';
import { renderOptionToSvg } from '@/lib/charts/render-svg';
import { getDashboardData } from '@/lib/data/dashboard';
import { loadMessages } from '@/lib/i18n/request';
import { routing } from '@/lib/i18n/routing';

// Drawn on first request and then served from the cache, like the pages it belongs to.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/**
 * The dashboard's default map (today's decisions) as an SVG file, drawn on the server: the page shows
 * it before any charting code has loaded, and it is cached like any image.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const data = await getDashboardData();
  const labels = (await loadMessages(locale)).charts as ChartLabels;
  const svg = renderOptionToSvg(buildMapOption({ data, asOf: data.today, measure: 'decision', labels, locale }), { width: 720, height: 900 });
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': PUBLIC_CACHE_CONTROL,
    },
  });
}
