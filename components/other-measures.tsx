import { getTranslations } from 'next-intl/server';
import { ScrollTable } from '@/components/scroll-table';
import type { DashboardExternalMeasure } from '@/lib/dashboard/types';

/**
 * Figures others publish with definitions of their own (Läkarförbundet, Vårdanalys …), beside the
 * product's measure and never inside it: each with what it measures, the period, the source's own
 * (Swedish) words and its status. Readings of the same figure that disagree are shown together.
 */
export async function OtherMeasures({ measures, locale, caption }: { measures: DashboardExternalMeasure[]; locale: 'sv' | 'en'; caption: string }) {
  if (measures.length === 0) return null;
  const t = await getTranslations({ locale });
  const readings = new Map<string, number>();
  for (const m of measures) readings.set(`${m.regionCode}:${m.measure}:${m.period}`, (readings.get(`${m.regionCode}:${m.measure}:${m.period}`) ?? 0) + 1);
  return (
    <ScrollTable captionId="other-measures-caption" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('otherMeasures.what')}</th>
          <th scope="col">{t('otherMeasures.value')}</th>
          <th scope="col">{t('otherMeasures.period')}</th>
          <th scope="col">{t('otherMeasures.source')}</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((m) => {
          const disagree = (readings.get(`${m.regionCode}:${m.measure}:${m.period}`) ?? 0) > 1;
          const note = locale === 'en' ? m.noteEn : m.noteSv;
          return (
            <tr key={m.id} data-measure={m.measure}>
              <th scope="row">
                {locale === 'en' ? m.definitionEn : m.definitionSv}
                <span className="sub">{m.publisher}</span>
              </th>
              <td>
                <span className="nowrap">{m.valueText}</span>
                {disagree && <span className="sub">{t('otherMeasures.disagree')}</span>}
              </td>
              <td>{m.period}</td>
              <td className="source">
                <q lang="sv">{m.quote}</q>{' '}
                <a href={m.sourceUrl} rel="noopener noreferrer">
                  {m.sourceTitle}
                </a>{' '}
                <span className="source-status">({t(`sourceStatus.${m.sourceStatus}`)})</span>
                {note && <span className="sub">{note}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/** The national figures of other sources, with their heading and the note that they are not ours. */
export async function OtherMeasuresSection({ measures, locale }: { measures: DashboardExternalMeasure[]; locale: 'sv' | 'en' }) {
  if (measures.length === 0) return null;
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="other-measures-heading">
      <h2 id="other-measures-heading">{t('otherMeasures.heading')}</h2>
      <p>{t('otherMeasures.intro')}</p>
      <OtherMeasures measures={measures} locale={locale} caption={t('otherMeasures.caption')} />
    </section>
  );
}
