import { getTranslations } from 'next-intl/server';
import { MarkedText, SwedishText } from '@/components/swedish-text';
import type { DashboardExternalMeasure } from '@/lib/domain/dashboard-data';
import { periodText } from '@/lib/i18n/period';

/**
 * Figures others publish with definitions of their own (Läkarförbundet, Vårdanalys …), beside the
 * product's measure and never inside it: each with what it measures, the period, the source's own
 * (Swedish) words and its status. Readings of the same figure that disagree are shown together.
 */
async function OtherMeasures({ measures, locale }: { measures: DashboardExternalMeasure[]; locale: 'sv' | 'en' }) {
  if (measures.length === 0) return null;
  const t = await getTranslations({ locale });
  const groupOf = (m: DashboardExternalMeasure) => `${m.regionCode}:${m.measure}:${m.period}`;
  const readings = new Map<string, number>();
  for (const m of measures) readings.set(groupOf(m), (readings.get(groupOf(m)) ?? 0) + 1);
  return (
    <ul className="other-measures">
      {measures.map((m) => {
        const english = locale === 'en';
        const note = english ? m.noteEn : m.noteSv;
        return (
          <li key={m.id} data-measure={m.measure}>
            <p>{locale === 'en' ? m.definitionEn : m.definitionSv}</p>
            <p>
              <strong>{english && m.valueEn ? m.valueEn : <SwedishText text={m.valueText} locale={locale} />}</strong>{' '}
              <span className="sub-inline">
                ({t('otherMeasures.periodLabel')} <MarkedText parts={[periodText(m.period, locale)]} />)
              </span>
            </p>
            {(readings.get(groupOf(m)) ?? 0) > 1 && <p className="notice">{t('otherMeasures.disagree')}</p>}
            {note && <p>{note}</p>}
            <p>
              {t('otherMeasures.sourceLabel')} <SwedishText text={m.publisher} locale={locale} />:{' '}
              <a href={m.sourceUrl} rel="noopener noreferrer">
                <SwedishText text={m.sourceTitle} locale={locale} />
              </a>{' '}
              <span className="source-status">({t(`sourceStatus.${m.sourceStatus}`)})</span>
            </p>
            <details>
              <summary>{t('otherMeasures.quote')}</summary>
              <blockquote lang="sv">{m.quote}</blockquote>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

/** The national figures of other sources, with their heading and the note that they are not ours. */
export async function OtherMeasuresSection({
  measures,
  locale,
  collapsed = false,
}: {
  measures: DashboardExternalMeasure[];
  locale: 'sv' | 'en';
  /** On the start page the list is long: it opens on request, below the heading and what it is. */
  collapsed?: boolean;
}) {
  if (measures.length === 0) return null;
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="other-measures-heading">
      <h2 id="other-measures-heading">{t('otherMeasures.heading')}</h2>
      <p>{t('otherMeasures.intro')}</p>
      {collapsed ? (
        <details>
          <summary>{t('otherMeasures.show', { count: measures.length })}</summary>
          <OtherMeasures measures={measures} locale={locale} />
        </details>
      ) : (
        <OtherMeasures measures={measures} locale={locale} />
      )}
    </section>
  );
}
