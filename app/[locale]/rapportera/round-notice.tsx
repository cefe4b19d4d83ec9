import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { NoBreakDates } from '@/components/no-break-dates';
import type { ReportingRounds } from '@/lib/data/rounds';

/**
 * Above the staffing form's reference date: the rounds that take a report now and the dates they
 * accept, or plainly that none is open and when the next opens, so nobody types a whole report for a
 * date that cannot be sent in.
 */
export async function RoundNotice({ locale, rounds }: { locale: string; rounds: ReportingRounds }) {
  const t = await getTranslations({ locale, namespace: 'entry.reportForm.rounds' });
  // A round's name is Socialstyrelsen's Swedish; a date never breaks at its hyphens.
  const tags = ({ name, referenceDate, opensOn, closesOn }: ReportingRounds['open'][number]) => ({
    referenceDate,
    opensOn,
    closesOn,
    // As SwedishText marks it, with any date in the name kept whole.
    name: () => (locale === 'en' ? <span lang="sv"><NoBreakDates text={name} /></span> : <NoBreakDates text={name} />),
    date: (chunks: ReactNode) => <span className="nowrap">{chunks}</span>,
  });
  const next = rounds.next && t.rich('next', tags(rounds.next));
  if (rounds.open.length === 0 && rounds.late.length === 0) {
    return (
      <div data-testid="round-notice">
        <p>
          <strong>{t('noneOpen')}</strong> {t('draftOnly')}
        </p>
        <p>{next ?? t('noNext')}</p>
      </div>
    );
  }
  return (
    <div data-testid="round-notice">
      <p>
        <strong>{t('openTitle')}</strong>
      </p>
      <ul>
        {rounds.open.map((round) => (
          <li key={round.id}>{t.rich('open', tags(round))}</li>
        ))}
        {rounds.late.map((round) => (
          <li key={round.id}>{t.rich('late', tags(round))}</li>
        ))}
      </ul>
      {next && <p>{next}</p>}
    </div>
  );
}
