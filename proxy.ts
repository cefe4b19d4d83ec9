import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Locale routing only ("/" Swedish, "/en/…" English). The proxy never decides who may see or change
// data: that is the data-access layer's job, because requests can reach handlers without passing here.
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
