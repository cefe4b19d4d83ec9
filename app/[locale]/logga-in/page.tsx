import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { accountPath, safeReturnPath } from '@/lib/auth/return-path';
import { getViewer } from '@/lib/data/viewer';
import { env } from '@/lib/env';
import { signInAction } from './actions';

// Reads the session cookie: rendered per request, never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const next = safeReturnPath(query.next, accountPath(locale));
  if (await getViewer()) redirect(next);
  const t = await getTranslations({ locale, namespace: 'auth' });
  return (
    <>
      <h1>{t('title')}</h1>
      {query.signedOut !== undefined && (
        <p className="notice" role="status">
          {t('signedOut')}
        </p>
      )}
      <p>{t('intro')}</p>
      <SignInForm
        action={signInAction}
        next={next}
        locale={locale}
        texts={{ email: t('email'), password: t('password'), submit: t('submit'), submitting: t('submitting') }}
      />
      <p className="sub">{t('sessionNote', { hours: env.SESSION_HOURS })}</p>
    </>
  );
}
