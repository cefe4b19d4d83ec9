import { defineRouting } from 'next-intl/routing';

// Swedish at "/", English under "/en". No Accept-Language redirect: a public page's URL alone decides
// its language (no cookie either), which keeps pages cacheable and links shareable.
export const routing = defineRouting({
  locales: ['sv', 'en'],
  defaultLocale: 'sv',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
