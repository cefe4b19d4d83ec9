import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SwedishText } from '@/components/swedish-text';
import { listClosedRounds } from '@/lib/data/round-report';
import { Link } from '@/lib/i18n/navigation';

// Rendered on first request and then served from the cache, like every public page.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'roundReport' });
  return { title: t('listTitle') };
}

/** The national reports: one per follow-up round whose last day has passed, newest first. */
export default async function RoundReportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'roundReport' });
  const rounds = await listClosedRounds();
  return (
    <>
      <h1>{t('listTitle')}</h1>
      <p>{t('listIntro')}</p>
      {rounds.length === 0 ? (
        <p>{t('listNone')}</p>
      ) : (
        <ul data-testid="round-reports">
          {rounds.map((round) => (
            <li key={round.id}>
              {t.rich('listItem', {
                referenceDate: round.referenceDate,
                opensOn: round.opensOn,
                closesOn: round.closesOn,
                name: () => <SwedishText text={round.name} locale={locale} />,
                d: (chunks) => <span className="nowrap">{chunks}</span>,
                link: (chunks) => <Link href={`/rapport/${round.referenceDate}`}>{chunks}</Link>,
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
