import { getTranslations } from 'next-intl/server';

/** Shown on every page that displays anything from the example dataset. */
export async function ExampleDataBanner() {
  const t = await getTranslations('exampleData');
  return (
    <p className="example-banner" role="note" data-testid="example-data-banner">
      <strong>{t('badge')}:</strong> {t('banner')}
    </p>
  );
}
