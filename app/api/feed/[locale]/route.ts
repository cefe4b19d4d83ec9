import { changeFeed } from '../change-feed';

// Drawn on first request and then served from the cache, like the change log it mirrors.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** The national change log as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return changeFeed(locale, null);
}
