import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { decisionText } from '@/components/dashboard/decision-text';
import { NoBreakDates } from '@/components/no-break-dates';
import { ScrollTable } from '@/components/scroll-table';
import type { Decision, StaffingReport } from '@/lib/data/entry';
import type { ReviewItem } from '@/lib/data/review';
import { formatDateTime, formatNumber, formatPartialDate } from '@/lib/i18n/format';
import { reopenAction } from './actions';

/**
 * The records waiting in one step of the review, as two tables (decisions and staffing reports have
 * different facts), one column per fact, numbers and dates never broken. Each row's box belongs to the
 * step's form (by its id), so one form acts on rows of both tables.
 */

type Translate = Awaited<ReturnType<typeof getTranslations>>;
interface Column {
  key: string;
  cell: (item: ReviewItem) => ReactNode;
  numeric?: boolean;
}

const nowrap = (text: string) => <span className="nowrap">{text}</span>;
const dash = '–';

/** What a row is, as the box to choose it and the confirmation name it: "Beslut 2024-05-17" or "Bemanning 2024-12-31". */
export function recordName(item: ReviewItem, t: Translate, locale: string): string {
  if (item.entity === 'staffing_report') return t('admin.review.report', { date: (item.record as StaffingReport).referenceDate });
  const d = item.record as Decision;
  return t('admin.review.decisionName', { date: formatPartialDate({ date: d.decidedOn, precision: d.decidedOnPrecision, isUpperBound: d.decidedOnIsUpperBound }, locale, t('dates.by')) });
}

export const regionNameOf = (item: ReviewItem, locale: string) => (locale === 'en' ? item.regionName.en : item.regionName.sv);

/** The source as a link to open and check (only web addresses are links), named by its host. */
function sourceLink(url: string | null, t: Translate): ReactNode {
  if (!url) return t('admin.review.noSource');
  try {
    const address = new URL(url);
    if (address.protocol !== 'https:' && address.protocol !== 'http:') return url;
    return (
      <a href={address.href} rel="noreferrer">
        {t('admin.review.sourceLink', { host: address.hostname })}
      </a>
    );
  } catch {
    return url;
  }
}

function decisionColumns(t: Translate, locale: string): Column[] {
  const d = (item: ReviewItem) => item.record as Decision;
  const date = (row: Decision) => formatPartialDate({ date: row.decidedOn, precision: row.decidedOnPrecision, isUpperBound: row.decidedOnIsUpperBound }, locale, t('dates.by'));
  return [
    { key: 'decidedOn', cell: (item) => nowrap(date(d(item))) },
    { key: 'decision', cell: (item) => <NoBreakDates text={decisionText(d(item), t, locale)} /> },
    { key: 'targetType', cell: (item) => t(`entry.decisionForm.targetTypes.${d(item).targetType ?? 'none'}`) },
    { key: 'targetYear', cell: (item) => d(item).targetYear ?? dash, numeric: true },
    { key: 'effectiveOn', cell: (item) => nowrap(d(item).effectiveOn ?? dash) },
    { key: 'decidingBody', cell: (item) => d(item).decidingBody ?? dash },
    { key: 'reference', cell: (item) => <NoBreakDates text={d(item).reference ?? dash} /> },
    { key: 'source', cell: (item) => sourceLink(d(item).sourceUrl, t) },
    { key: 'note', cell: (item) => d(item).note ?? dash },
    {
      key: 'publishedDecision',
      cell: (item) => {
        const published = item.published as Decision | null;
        return published ? <NoBreakDates text={t('admin.review.decision', { date: date(published), text: decisionText(published, t, locale) })} /> : t('admin.review.noPublished');
      },
    },
  ];
}

function reportColumns(t: Translate, locale: string): Column[] {
  const r = (item: ReviewItem) => item.record as StaffingReport;
  const perDoctor = (measure: NonNullable<ReviewItem['residentsPerDoctor']>['record'] | undefined) =>
    !measure ? dash : measure.kind === 'value' ? formatNumber(measure.value, locale) : t(`missing.${measure.reason}`);
  const published = (item: ReviewItem) => item.published as StaffingReport | null;
  return [
    { key: 'referenceDate', cell: (item) => nowrap(r(item).referenceDate) },
    { key: 'specialistsFte', cell: (item) => formatNumber(r(item).specialistsFte, locale, 2), numeric: true },
    { key: 'specialistsHeadcount', cell: (item) => formatNumber(r(item).specialistsHeadcount, locale), numeric: true },
    { key: 'traineesFte', cell: (item) => formatNumber(r(item).traineesFte, locale, 2), numeric: true },
    { key: 'traineesHeadcount', cell: (item) => formatNumber(r(item).traineesHeadcount, locale), numeric: true },
    { key: 'perDoctor', cell: (item) => perDoctor(item.residentsPerDoctor?.record), numeric: true },
    { key: 'reportSource', cell: (item) => r(item).source },
    { key: 'publishedDate', cell: (item) => nowrap(published(item)?.referenceDate ?? t('admin.review.noPublished')) },
    { key: 'publishedSpecialistsFte', cell: (item) => (published(item) ? formatNumber(published(item)!.specialistsFte, locale, 2) : dash), numeric: true },
    { key: 'publishedPerDoctor', cell: (item) => (published(item) ? perDoctor(item.residentsPerDoctor?.published) : dash), numeric: true },
  ];
}

/** The facts every record has: when it came, how late, and the questions its figures raised. */
function commonColumns(t: Translate): Column[] {
  return [
    { key: 'submitted', cell: (item) => (item.submittedAt ? nowrap(formatDateTime(item.submittedAt)) : dash) },
    { key: 'late', cell: (item) => (item.daysLate === null ? dash : <strong className="late nowrap">{t('admin.review.late', { days: item.daysLate })}</strong>) },
    {
      key: 'warnings',
      cell: (item) =>
        item.record.plausibilityWarnings.length === 0
          ? t('admin.review.noWarnings')
          : `${item.record.plausibilityWarnings.map((w) => t(`entry.warnings.${w}` as 'entry.warnings.fte_above_headcount')).join(' ')} ${item.record.plausibilityExplanation ?? ''}`,
    },
  ];
}

function ReopenForm({ item, locale, t }: { item: ReviewItem; locale: string; t: Translate }) {
  return (
    <form action={reopenAction} className="inline-reopen">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="item" value={item.ref} />
      <label htmlFor={`reopen-${item.ref}`}>{t('admin.review.reopenReason')}</label>
      <input id={`reopen-${item.ref}`} name="comment" required />
      <button type="submit" className="link-button-inline">
        {t('admin.review.reopen')}
      </button>
    </form>
  );
}

export async function ReviewTables({
  items,
  id,
  heading,
  formId,
  chosen,
  withReopen,
  locale,
}: {
  items: ReviewItem[];
  id: string;
  heading: string;
  formId: string;
  /** Records ticked when the page opens (kept from a refused action). */
  chosen: Set<string>;
  withReopen: boolean;
  locale: string;
}) {
  const t = await getTranslations({ locale });
  const tables = [
    { entity: 'decision' as const, suffix: 'decisions', columns: decisionColumns(t, locale) },
    { entity: 'staffing_report' as const, suffix: 'reports', columns: reportColumns(t, locale) },
  ];
  return (
    <div data-testid={id}>
      {tables.map(({ entity, suffix, columns }) => {
        const rows = items.filter((item) => item.entity === entity);
        if (rows.length === 0) return null;
        const all = [...columns, ...commonColumns(t)];
        const captionId = `${id}-${suffix}`;
        return (
          <ScrollTable key={entity} captionId={captionId} caption={t(`admin.review.tableCaption.${suffix}`, { heading })} testId={captionId}>
            <thead>
              <tr>
                <th scope="col">{t('admin.review.columns.choose')}</th>
                <th scope="col">{t('admin.review.columns.region')}</th>
                {all.map((column) => (
                  <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                    {t(`admin.review.columns.${column.key}` as 'admin.review.columns.region')}
                  </th>
                ))}
                {withReopen && <th scope="col">{t('admin.review.reopen')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={item.ref}>
                  <td>
                    <input
                      type="checkbox"
                      name="items"
                      value={item.ref}
                      form={formId}
                      defaultChecked={chosen.has(item.ref)}
                      aria-label={t('admin.review.choose', { what: recordName(item, t, locale), region: regionNameOf(item, locale) })}
                    />
                  </td>
                  <th scope="row">{regionNameOf(item, locale)}</th>
                  {all.map((column) => (
                    <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                      {column.cell(item)}
                    </td>
                  ))}
                  {withReopen && (
                    <td>
                      <ReopenForm item={item} locale={locale} t={t} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        );
      })}
    </div>
  );
}
