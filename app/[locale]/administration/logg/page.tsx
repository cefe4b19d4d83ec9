import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FormField } from '@/components/forms/form-field';
import { NoBreakDates } from '@/components/no-break-dates';
import { ScrollTable } from '@/components/scroll-table';
import { AUDIT_ENTITIES, AUDIT_EXPORT_LIMIT, AUDIT_PAGE_SIZE, searchAuditTrail, type AuditTrailEntry } from '@/lib/data/audit-trail';
import { regionRows } from '@/lib/domain/regions';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { adminMetadata, refusedPage } from '../page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('audit.title');

const FILTER_FIELDS = ['who', 'region', 'entity', 'from', 'to'] as const;

/** Old → new values of an entry, field by field, as short text. */
function changeText(entry: AuditTrailEntry): string {
  const before = (entry.oldValue ?? {}) as Record<string, unknown>;
  const after = (entry.newValue ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const value = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
  return fields.map((field) => `${field}: ${field in before ? `${value(before[field])} → ` : ''}${value(after[field])}`).join('; ');
}

export default async function AuditTrailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const result = await searchAuditTrail(query);
  const failure = 'kind' in result ? result : null;
  if (failure?.kind === 'unauthenticated' || failure?.kind === 'forbidden') return refusedPage(failure, locale, '/logg', 'audit.title');
  const t = await getTranslations({ locale, namespace: 'admin' });
  const errors = failure?.kind === 'invalid' ? failure.fields : {};
  const errorText = (code: string | undefined) => (code ? (t.has(`audit.errors.${code}`) ? t(`audit.errors.${code}` as 'audit.errors.invalid') : t('audit.errors.invalid')) : undefined);
  const shown = 'kind' in result ? null : result;
  const filterQuery = new URLSearchParams(
    FILTER_FIELDS.flatMap((field) => {
      const value = shown?.filter[field];
      return value ? [[field, String(value)]] : [];
    }),
  );
  const pageLink = (page: number) => `/administration/logg?${new URLSearchParams([...filterQuery, ['page', String(page)]])}`;
  const pages = shown ? Math.max(1, Math.ceil(shown.total / AUDIT_PAGE_SIZE)) : 1;
  const regionName = (code: string | null) => {
    const region = regionRows.find((r) => r.code === code);
    return region ? (locale === 'en' ? region.nameEn : region.nameSv) : '–';
  };

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <p>
        <Link href="/administration/konton">{t('accounts.title')}</Link>
      </p>
      <form method="get" className="form filter-form" aria-labelledby="audit-filters">
        <h2 id="audit-filters">{t('audit.filters')}</h2>
        <FormField name="who" label={t('audit.who')} control={{ kind: 'input' }} defaultValue={query.who ?? ''} error={errorText(errors.who)} />
        <FormField
          name="region"
          label={t('audit.region')}
          control={{ kind: 'select', options: [{ value: '', label: t('audit.allRegions') }, ...regionRows.map((r) => ({ value: r.code, label: locale === 'en' ? r.nameEn : r.nameSv }))] }}
          defaultValue={query.region ?? ''}
          error={errorText(errors.region)}
        />
        <FormField
          name="entity"
          label={t('audit.entity')}
          control={{ kind: 'select', options: [{ value: '', label: t('audit.allEntities') }, ...AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))] }}
          defaultValue={query.entity ?? ''}
          error={errorText(errors.entity)}
        />
        <FormField name="from" label={t('audit.from')} control={{ kind: 'input' }} defaultValue={query.from ?? ''} error={errorText(errors.from)} />
        <FormField name="to" label={t('audit.to')} control={{ kind: 'input' }} defaultValue={query.to ?? ''} error={errorText(errors.to)} />
        {errors._form && (
          <p className="form-error" role="alert">
            {errorText(errors._form)}
          </p>
        )}
        <button type="submit" className="primary-button">
          {t('audit.apply')}
        </button>
      </form>

      {shown && (
        <>
          <p role="status" data-testid="audit-count">
            {t('audit.count', { total: shown.total })}
          </p>
          <p>
            <a href={`/api/audit?${filterQuery}`} download>
              {t('audit.export')}
            </a>{' '}
            <span className="sub">{t('audit.exportNote', { limit: formatNumber(AUDIT_EXPORT_LIMIT, locale) })}</span>
          </p>
          {shown.entries.length === 0 ? (
            <p>{t('audit.none')}</p>
          ) : (
            <ScrollTable captionId="audit-caption" caption={t('audit.caption')} testId="audit-table">
              <thead>
                <tr>
                  {(['at', 'who', 'action', 'entity', 'region', 'change'] as const).map((column) => (
                    <th key={column} scope="col">
                      {t(`audit.columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.entries.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row" className="nowrap">
                      {formatDateTime(entry.at)}
                    </th>
                    <td>{entry.who}</td>
                    <td>{t.has(`audit.actions.${entry.action}`) ? t(`audit.actions.${entry.action}` as 'audit.actions.create') : entry.action}</td>
                    <td>
                      {t.has(`audit.entities.${entry.entity}`) ? t(`audit.entities.${entry.entity}` as 'audit.entities.user') : entry.entity}
                      {entry.entityId && entry.entity !== 'session' ? ` ${entry.entityId}` : ''}
                    </td>
                    <td>{regionName(entry.regionCode)}</td>
                    <td className="audit-change">
                      <NoBreakDates text={changeText(entry)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )}
          {pages > 1 && (
            <nav aria-label={t('audit.page', { page: shown.filter.page, pages })} className="pager">
              {shown.filter.page > 1 && <Link href={pageLink(shown.filter.page - 1)}>{t('audit.previous')}</Link>}{' '}
              <span>{t('audit.page', { page: shown.filter.page, pages })}</span>{' '}
              {shown.filter.page < pages && <Link href={pageLink(shown.filter.page + 1)}>{t('audit.next')}</Link>}
            </nav>
          )}
        </>
      )}
    </>
  );
}
