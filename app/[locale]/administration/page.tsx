import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoBreakDates } from '@/components/no-break-dates';
import { ScrollTable } from '@/components/scroll-table';
import { getAdminOverview } from '@/lib/data/admin-overview';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { adminMetadata, refusedPage } from './page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('home.title');

/** The administration's home: what needs attention now, and where to go for it. */
export default async function AdministrationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const overview = await getAdminOverview();
  if ('kind' in overview) return refusedPage(overview, locale, '', 'home.title');
  const t = await getTranslations({ locale, namespace: 'admin' });
  const n = (value: number) => formatNumber(value, locale);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <h2>{t('home.nowHeading')}</h2>
      <ul data-testid="admin-attention">
        <li>
          <Link href="/administration/granskning">{t('home.toReview', { count: overview.toReview, n: n(overview.toReview) })}</Link>
        </li>
        <li>
          <Link href="/administration/granskning">{t('home.toPublish', { count: overview.toPublish, n: n(overview.toPublish) })}</Link>
        </li>
        <li>
          {overview.lastPublication
            ? t('home.lastPublication', { time: formatDateTime(overview.lastPublication.at), count: overview.lastPublication.records, n: n(overview.lastPublication.records) })
            : t('home.noPublication')}
        </li>
        <li>
          {overview.lastImport ? t('home.lastImport', { time: formatDateTime(overview.lastImport.at), what: t(`home.importKind.${overview.lastImport.entity === 'population' ? 'population' : 'staffing'}`) }) : t('home.noImport')}{' '}
          <Link href="/administration/import">{t('importLink')}</Link>
        </li>
        <li>{overview.mail.waiting === 0 ? t('home.mailNone') : t('home.mailWaiting', { count: overview.mail.waiting, n: n(overview.mail.waiting), failing: n(overview.mail.failing) })}</li>
      </ul>

      <h2>{t('home.roundsHeading')}</h2>
      {overview.rounds.length === 0 ? (
        <p>{t('home.roundsNone')}</p>
      ) : (
        overview.rounds.map(({ round, waiting }) => (
          <section key={round.id} aria-labelledby={`omgang-${round.id}`}>
            <h3 id={`omgang-${round.id}`}>{round.name}</h3>
            <p>
              <NoBreakDates text={t('home.roundDates', { referenceDate: round.referenceDate, opensOn: round.opensOn, closesOn: round.closesOn })} />
            </p>
            <ScrollTable captionId={`omgang-${round.id}-vantar`} caption={t('home.waitingCaption', { round: round.name })}>
              <thead>
                <tr>
                  <th scope="col">{t('home.region')}</th>
                  <th scope="col">{t('home.state')}</th>
                  <th scope="col">{t('home.daysLate')}</th>
                </tr>
              </thead>
              <tbody>
                {waiting.map((w) => (
                  <tr key={w.code}>
                    <th scope="row">{locale === 'en' ? w.name.en : w.name.sv}</th>
                    <td>{t(`home.states.${w.state}`)}</td>
                    <td className="numeric">{w.daysLate === null ? t('home.notLate') : n(w.daysLate)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </section>
        ))
      )}
      <p>
        <Link href="/administration/omgangar">{t('roundsLink')}</Link>
      </p>

      <h2>{t('home.toolsHeading')}</h2>
      <ul>
        <li><Link href="/administration/granskning">{t('reviewLink')}</Link></li>
        <li><Link href="/administration/omgangar">{t('roundsLink')}</Link></li>
        <li><Link href="/administration/import">{t('importLink')}</Link></li>
        <li><Link href="/administration/konton">{t('accountsLink')}</Link></li>
        <li><Link href="/administration/logg">{t('auditLink')}</Link></li>
      </ul>
    </>
  );
}
