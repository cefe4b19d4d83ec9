'use client';

import { useTranslations } from 'next-intl';

// Shown instead of any server error: the visitor gets a plain message, never a stack trace.
export default function ErrorPage() {
  const t = useTranslations('error');
  return (
    <>
      <h1>{t('title')}</h1>
      <p role="alert">{t('body')}</p>
    </>
  );
}
