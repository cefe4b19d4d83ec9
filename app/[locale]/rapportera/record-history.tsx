import { getTranslations } from 'next-intl/server';
import type { HistoryEntry } from '@/lib/data/entry';
import { formatDateTime } from '@/lib/i18n/format';

/** Who did what to a record, and when: the audit trail of one record, as its region may see it. */
export async function RecordHistory({ history, locale }: { history: HistoryEntry[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'entry' });
  return (
    <>
      <h2>{t('history')}</h2>
      <ol className="timeline" data-testid="record-history">
        {history.map((entry, index) => (
          <li key={index}>
            {t('historyEntry', {
              time: formatDateTime(entry.at),
              action: t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}` as 'actions.create') : entry.action,
              who: entry.who ?? t('unknownPerson'),
            })}
          </li>
        ))}
      </ol>
    </>
  );
}
