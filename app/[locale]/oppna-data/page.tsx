import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isDocumentedParameter, PARAMETER_DOCS, type DocumentationLocale } from '@/lib/api/documentation';
import { endpoints } from '@/lib/api/endpoints';
import { LICENCE } from '@/lib/api/metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'openData' });
  return { title: t('title') };
}

/**
 * Documentation of the open-data API, drawn from the same endpoint definitions the API serves: each
 * endpoint's text and its parameters' texts come with the definitions (lib/api), so a new endpoint is
 * listed here with its documentation as soon as it is served.
 */
export default async function OpenDataPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'openData' });
  const lang: DocumentationLocale = locale === 'en' ? 'en' : 'sv';

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>
        {t('licence', { licence: LICENCE.name })}{' '}
        <a href={LICENCE.url} rel="license noopener noreferrer">
          {LICENCE.url}
        </a>
      </p>

      <h2>{t('bulkHeading')}</h2>
      <p>
        <a href="/api/v1/bulk" download>
          {t('bulk')}
        </a>{' '}
        (zip)
      </p>

      <h2>{t('specHeading')}</h2>
      <p>
        <a href="/api/v1/openapi.json">{t('spec')}</a> (<code>/api/v1/openapi.json</code>)
      </p>

      <h2>{t('citationHeading')}</h2>
      <p>{t.rich('citation', { sv: (chunks) => <span lang="sv">{chunks}</span> })}</p>

      <h2>{t('httpHeading')}</h2>
      <p>{t('http')}</p>

      <h2>{t('endpointsHeading')}</h2>
      {endpoints.map((endpoint) => {
        const parameterNames = Object.keys(endpoint.query.shape).filter(isDocumentedParameter);
        return (
          <section key={endpoint.name} aria-labelledby={`endpoint-${endpoint.name}`} className="endpoint">
            <h3 id={`endpoint-${endpoint.name}`}>
              <code>GET {endpoint.path}</code>
            </h3>
            <p>{endpoint.about[lang]}</p>
            <table className="data-table">
              <caption className="visually-hidden">{endpoint.path}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('parameter')}</th>
                  <th scope="col">{t('meaning')}</th>
                </tr>
              </thead>
              <tbody>
                {parameterNames.map((name) => (
                  <tr key={name}>
                    <th scope="row">
                      <code>{name}</code>
                    </th>
                    <td>{PARAMETER_DOCS[name][lang]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t('examples')}:</p>
            <ul>
              {['', ...endpoint.examples].map((example) => (
                <li key={example}>
                  <a href={`${endpoint.path}${example}`}>
                    <code>
                      {endpoint.path}
                      {example}
                    </code>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
