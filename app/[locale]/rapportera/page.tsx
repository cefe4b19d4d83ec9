import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { decisionText } from '@/components/dashboard/decision-text';
import { NoBreakDates } from '@/components/no-break-dates';
import { ScrollTable } from '@/components/scroll-table';
import { signInPath } from '@/lib/auth/return-path';
import type { Decision, StaffingReport } from '@/lib/data/entry';
import { listOwnRecords } from '@/lib/data/own-records';
import { regionMayChange } from '@/lib/domain/workflow';
import { getViewer } from '@/lib/data/viewer';
import { formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { deleteDecisionAction, deleteStaffingReportAction, submitDecisionAction, submitStaffingReportAction } from './actions';
import { decisionDateText, reportingPath } from './form-fields';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'entry' });
  return { title: t('decisionsHeading'), robots: { index: false } };
}

const DONE = ['saved', 'submitted', 'deleted'] as const;
const FAILED = ['not_found', 'read_only', 'conflict', 'unauthenticated', 'forbidden', 'invalid', 'no_round', 'round_not_open'] as const;

function RowActions({
  record,
  kind,
  locale,
  texts,
}: {
  record: { id: number; version: number; status: Decision['status'] };
  kind: 'beslut' | 'bemanning';
  locale: string;
  texts: { edit: string; view: string; submit: string; delete: string };
}) {
  const may = regionMayChange(record.status);
  const forms = [
    { show: may.submit, action: kind === 'beslut' ? submitDecisionAction : submitStaffingReportAction, label: texts.submit },
    { show: may.delete, action: kind === 'beslut' ? deleteDecisionAction : deleteStaffingReportAction, label: texts.delete },
  ];
  return (
    <>
      <Link href={`/rapportera/${kind}/${record.id}`}>{may.edit ? texts.edit : texts.view}</Link>
      {forms
        .filter((form) => form.show)
        .map((form) => (
          <form key={form.label} action={form.action} className="inline-form">
            <input type="hidden" name="id" value={record.id} />
            <input type="hidden" name="version" value={record.version} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="link-button-inline">
              {form.label}
            </button>
          </form>
        ))}
    </>
  );
}

/** One of the region's lists: a heading, a link to add a record, and a table (the first column heads each row). */
function RecordsSection({
  id,
  heading,
  newLink,
  empty,
  headers,
  actionsHeader,
  rows,
}: {
  id: string;
  heading: string;
  newLink: { href: string; text: string };
  empty: string;
  headers: string[];
  actionsHeader: string;
  rows: { key: number; status: string; cells: [string, ...string[]]; actions: ReactNode }[];
}) {
  return (
    <>
      <h2>{heading}</h2>
      <p>
        <Link href={newLink.href}>{newLink.text}</Link>
      </p>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ScrollTable captionId={id} caption={heading}>
          <thead>
            <tr>
              {[...headers, actionsHeader].map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-status={row.status}>
                <th scope="row">
                  <NoBreakDates text={row.cells[0]} />
                </th>
                {row.cells.slice(1).map((cell, index) => (
                  <td key={index}>
                    <NoBreakDates text={cell} />
                  </td>
                ))}
                <td>{row.actions}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}

export default async function ReportingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, reportingPath(locale)));
  const t = await getTranslations({ locale, namespace: 'entry' });
  const common = await getTranslations({ locale });
  const records = await listOwnRecords();
  if (!('regionCode' in records)) {
    return (
      <>
        <h1>{t('decisionsHeading')}</h1>
        <p>{t('notEditor')}</p>
      </>
    );
  }
  const region = locale === 'en' ? viewer.regionName?.en : viewer.regionName?.sv;
  const query = await searchParams;
  const done = DONE.find((key) => key === query.done);
  const failed = FAILED.find((key) => key === query.failed);
  const actionTexts = { edit: t('edit'), view: t('view'), submit: t('submit'), delete: t('delete') };

  return (
    <>
      <h1>{t('title', { region: region ?? records.regionCode })}</h1>
      {done && (
        <p className="notice" role="status">
          {t(`done.${done}`)}
        </p>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {failed === 'read_only' || failed === 'conflict' ? t(`failed.${failed}`) : t(`errors.${failed}`)}
        </p>
      )}
      <p>{t('intro')}</p>

      <RecordsSection
        id="own-decisions"
        heading={t('decisionsHeading')}
        newLink={{ href: '/rapportera/beslut/ny', text: t('newDecision') }}
        empty={t('noDecisions')}
        headers={[t('columns.decidedOn'), t('columns.decision'), t('columns.status')]}
        actionsHeader={t('columns.actions')}
        rows={records.decisions.map((d) => ({
          key: d.id,
          status: d.status,
          cells: [decisionDateText(d, locale, common('dates.by')), decisionText(d, common, locale), t(`status.${d.status}`)],
          actions: <RowActions record={d} kind="beslut" locale={locale} texts={actionTexts} />,
        }))}
      />
      <RecordsSection
        id="own-reports"
        heading={t('reportsHeading')}
        newLink={{ href: '/rapportera/bemanning/ny', text: t('newReport') }}
        empty={t('noReports')}
        headers={[t('columns.referenceDate'), t('columns.specialistsFte'), t('columns.traineesFte'), t('columns.status')]}
        actionsHeader={t('columns.actions')}
        rows={records.reports.map((r: StaffingReport) => ({
          key: r.id,
          status: r.status,
          cells: [r.referenceDate, formatNumber(r.specialistsFte, locale, 2), formatNumber(r.traineesFte, locale, 2), t(`status.${r.status}`)],
          actions: <RowActions record={r} kind="bemanning" locale={locale} texts={actionTexts} />,
        }))}
      />
    </>
  );
}
