import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { accountPath, safeReturnPath } from '@/lib/auth/return-path';
import { getViewer } from '@/lib/data/viewer';
import { env } from '@/lib/env';
import { signInAction, signInWithOidcAction } from './actions';

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
      {typeof query.error === 'string' && (
        <p className="form-error" role="alert" data-testid="sign-in-error">
          {query.error === 'AccessDenied' ? t('errors.oidcDenied') : t('errors.oidcFailed')}
        </p>
      )}
      <p>{t('intro')}</p>
      {env.AUTH_OIDC_ISSUER && (
        <form action={signInWithOidcAction}>
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="primary-button">
            {t('oidcButton', { name: env.AUTH_OIDC_NAME })}
          </button>
          <p className="sub">{t('orPassword')}</p>
        </form>
      )}
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
