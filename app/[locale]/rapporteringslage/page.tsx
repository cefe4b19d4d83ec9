import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ScrollTable } from '@/components/scroll-table';
import { SwedishText } from '@/components/swedish-text';
import { reportingStatusBoard } from '@/lib/data/rounds';
import { formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';

// Rendered on every request (one small read): states change with every submission and review, and a
// cached copy rendered while one was being saved could outlive the refresh that followed it.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'statusBoard' });
  return { title: t('title') };
}

/** The public reporting-status board: each round, each region's state, the deadline and days late. */
export default async function StatusBoardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'statusBoard' });
  const tReport = await getTranslations({ locale, namespace: 'roundReport' });
  const boards = await reportingStatusBoard();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <Link href="/rapport">{tReport('statusBoardLink')}</Link>
      </p>
      {boards.length === 0 && <p>{t('none')}</p>}
      {boards.map(({ round, standings }) => {
        const id = `round-${round.id}`;
        const count = (test: (s: (typeof standings)[number]) => boolean) => standings.filter(test).length;
        return (
          <section key={round.id} aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`}>
              {/* A round's name is written by Socialstyrelsen in Swedish: marked so on the English page. */}
              <SwedishText text={round.name} locale={locale} />
            </h2>
            <p>{t('roundDates', { referenceDate: round.referenceDate, opensOn: round.opensOn, closesOn: round.closesOn })}</p>
            <p>
              {t('summary', {
                published: count((s) => s.state === 'published'),
                total: standings.length,
                inReview: count((s) => s.state === 'submitted' || s.state === 'approved'),
                late: count((s) => s.daysLate !== null),
              })}
            </p>
            <ScrollTable captionId={id} caption={t.rich('caption', { name: () => <SwedishText text={round.name} locale={locale} /> })} testId={id}>
              <thead>
                <tr>
                  <th scope="col">{t('region')}</th>
                  <th scope="col">{t('state')}</th>
                  <th scope="col" className="numeric">
                    {t('late')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {standings.map(({ region, state, daysLate }) => (
                  <tr key={region.code} data-state={state}>
                    <th scope="row">{locale === 'en' ? region.nameEn : region.nameSv}</th>
                    <td>{t(`states.${state}`)}</td>
                    <td className="numeric">{daysLate === null ? t('notLate') : formatNumber(daysLate, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </section>
        );
      })}
    </>
  );
}
