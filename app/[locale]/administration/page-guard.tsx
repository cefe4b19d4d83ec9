import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signInPath } from '@/lib/auth/return-path';
import type { AdminRefusal } from '@/lib/data/viewer';
import { adminPath } from './paths';

/*
 * What every administrators' page shares: its title as metadata (never indexed), and its answer when
 * the data-access layer refuses the viewer — the sign-in page (and back here afterwards) for someone
 * signed out or deactivated, the page's title and why there is nothing more for anyone else.
 */

export type AdminPageTitle = 'home.title' | 'accounts.title' | 'audit.title' | 'rounds.title' | 'review.title' | 'import.title';

export function adminMetadata(title: AdminPageTitle) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: 'admin' });
    return { title: t(title), robots: { index: false } };
  };
}

async function NotAdmin({ locale, title }: { locale: string; title: AdminPageTitle }) {
  const t = await getTranslations({ locale, namespace: 'admin' });
  return (
    <>
      <h1>{t(title)}</h1>
      <p>{t('notAdmin')}</p>
    </>
  );
}

/** The page's answer to a refusal; `rest` is the page's path under /administration. */
export function refusedPage(refusal: AdminRefusal, locale: string, rest: string, title: AdminPageTitle) {
  if (refusal.kind === 'unauthenticated') redirect(signInPath(locale, adminPath(locale, rest)));
  return <NotAdmin locale={locale} title={title} />;
}
