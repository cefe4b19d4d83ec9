import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';

// Locale routing only ("/" Swedish, "/en/…" English). The proxy never decides who may see or change
// data: that is the data-access layer's job, because requests can reach handlers without passing here
// (the security tests run once more with LOCALE_PROXY=off to show it).
const localeRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  return env.LOCALE_PROXY === 'off' ? NextResponse.next() : localeRouting(request);
}

// The embeds (/embed/<locale>/<view>) name their locale in the path themselves and have their own root
// layout: the proxy must not prefix them with a locale. In any letter case, as next.config.mjs matches
// them when it lets other sites frame them: /EMBED/… must not become a framable page of the site.
export const config = {
  matcher: ['/((?!api|_next|_vercel|[eE][mM][bB][eE][dD]/|.*\\..*).*)'],
};
