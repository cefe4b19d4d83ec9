'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

/** Links to the same page in the other language. */
export function LanguageSwitch({ targetLocale, label, description }: { targetLocale: Locale; label: string; description: string }) {
  const pathname = usePathname();
  return (
    <Link href={pathname} locale={targetLocale} hrefLang={targetLocale} lang={targetLocale} aria-label={description}>
      {label}
    </Link>
  );
}
