import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ImportForm } from '@/components/admin/import-form';
import { administrator } from '@/lib/data/viewer';
import { adminPath } from '../paths';
import { adminMetadata, refusedPage } from '../page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('import.title');

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await administrator();
  if ('kind' in viewer) return refusedPage(viewer, locale, '/import', 'import.title');
  const t = await getTranslations({ locale, namespace: 'admin.import' });
  const messages = await getMessages({ locale });
  const admin = messages.admin as Record<string, unknown>;
  const entry = messages.entry as Record<string, unknown>;
  const templateHref = (format: 'csv' | 'xlsx') => `/api/import/template?format=${format}&lang=${locale}`;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        {t('template')} <a href={templateHref('xlsx')}>{t('templateXlsx')}</a> · <a href={templateHref('csv')}>{t('templateCsv')}</a>
      </p>
      <noscript>
        <p className="form-error">{t('noscript')}</p>
      </noscript>
      {/* The form's texts only, not the whole message catalogue. */}
      <NextIntlClientProvider messages={{ admin: { import: admin.import }, entry: { warnings: entry.warnings, errors: entry.errors } }}>
        <ImportForm reviewHref={adminPath(locale, '/granskning')} />
      </NextIntlClientProvider>
    </>
  );
}
