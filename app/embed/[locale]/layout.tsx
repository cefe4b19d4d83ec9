import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickClientMessages } from '@/lib/i18n/client-messages';
import { routing } from '@/lib/i18n/routing';
import styles from './embed.module.css';
import '../../globals.css';

/**
 * The root layout of the embeds (/embed/<locale>/<view>): a page of its own, without the site's header
 * and footer, made to be framed by other sites (next.config.mjs allows it here only). The proxy leaves
 * these paths alone, so the locale is the path's.
 */

export function generateStaticParams() {
  return [];
}

export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const clientMessages = pickClientMessages(await getMessages({ locale }), ['embed']);

  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={clientMessages}>
          <main className={styles.main}>{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
