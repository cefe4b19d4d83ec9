import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'accessibility' });
  return { title: t('title') };
}

/** When the statement was prepared and last reviewed; update it with every review (DOS law). */
const STATEMENT_DATE = '2026-11-24';

const AGENCY_URL = 'https://www.socialstyrelsen.se/';
const SUPERVISION_URL = 'https://www.digg.se/tdosanmalan';

const agencyLink = (chunks: ReactNode) => (
  <a href={AGENCY_URL} rel="noopener noreferrer">
    {chunks}
  </a>
);

/**
 * Accessibility statement (tillgänglighetsredogörelse) required by the Act on accessibility to digital
 * public services (2018:1937), following the structure of Digg's model statement.
 */
export default async function AccessibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'accessibility' });

  return (
    <>
      {/* "Tillgänglighetsredogörelse" is one long word: let it wrap on narrow screens (WCAG 1.4.10). */}
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('scope')}</p>

      <h2>{t('statusHeading')}</h2>
      <p>{t('status')}</p>

      <h2>{t('alternativesHeading')}</h2>
      <p>{t.rich('alternatives', { link: (chunks) => <Link href="/oppna-data">{chunks}</Link> })}</p>
      <p>{t.rich('alternativesContact', { link: agencyLink })}</p>

      <h2>{t('shortcomingsHeading')}</h2>
      <p>{t('shortcomingsIntro')}</p>
      <ul>
        <li>{t('shortcomingCharts')}</li>
        <li>{t('shortcomingMap')}</li>
        <li>{t('shortcomingAudit')}</li>
      </ul>

      <h2>{t('reportHeading')}</h2>
      <p>{t.rich('report', { link: agencyLink })}</p>

      <h2>{t('supervisionHeading')}</h2>
      <p>{t('supervision')}</p>
      <p>
        <a href={SUPERVISION_URL} rel="noopener noreferrer">
          {t('supervisionLink')}
        </a>
      </p>

      <h2>{t('technicalHeading')}</h2>
      <p>{t('technical')}</p>

      <h2>{t('testingHeading')}</h2>
      <p>{t('testing')}</p>
      <p>{t('statementDate', { date: STATEMENT_DATE })}</p>
    </>
  );
}
