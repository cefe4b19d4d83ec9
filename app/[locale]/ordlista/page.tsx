import type { Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import styles from './glossary.module.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'glossary' });
  return { title: t('title') };
}

type Entry = { term: string; english: string; definition: string };

/**
 * The Swedish terms a reader meets on the site and in its sources, each with the one English word
 * the English pages use for it. The Swedish term is marked Swedish on the English page and the English
 * word English on the Swedish one, so that each is read out in its own language.
 */
export default async function GlossaryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'glossary' });
  const entries = Object.entries((await getMessages({ locale })).glossary.entries as Record<string, Entry>);
  const english = locale === 'en';
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <dl className={styles.glossary}>
        {entries.map(([key, entry]) => (
          <div key={key} id={key} className={styles.entry}>
            <dt lang="sv">{entry.term}</dt>
            <dd>
              {english ? (
                <p>
                  <strong>{entry.english}</strong>: {entry.definition}
                </p>
              ) : (
                <>
                  <p>{entry.definition}</p>
                  <p>
                    {t('englishLabel')} <span lang="en">{entry.english}</span>
                  </p>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
