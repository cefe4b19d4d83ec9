import { getTranslations } from 'next-intl/server';
import type { HistoryEntry } from '@/lib/data/entry';

/** Who did what to a record, and when: the audit trail of one record, as its region may see it. */
export async function RecordHistory({ history, locale }: { history: HistoryEntry[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'entry' });
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
  return (
    <>
      <h2>{t('history')}</h2>
      <ol className="timeline" data-testid="record-history">
        {history.map((entry, index) => (
          <li key={index}>
            {t('historyEntry', {
              time: time.format(new Date(entry.at)),
              action: t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}` as 'actions.create') : entry.action,
              who: entry.who ?? t('unknownPerson'),
            })}
          </li>
        ))}
      </ol>
    </>
  );
}
