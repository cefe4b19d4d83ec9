import { changeFeed } from '../../change-feed';

// Drawn on first request and then served from the cache, like the region page it mirrors.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** One region's part of the change log as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; region: string }> }) {
  const { locale, region } = await params;
  return changeFeed(locale, region);
}
