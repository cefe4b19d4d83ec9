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
import { reportingRounds } from '@/lib/data/rounds';
import { regionMayChange } from '@/lib/domain/workflow';
import { getViewer } from '@/lib/data/viewer';
import { formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { DeleteConfirmation, SavedNotice, SubmitForm } from './list-steps';
import { decisionDateText, reportingPath } from './form-fields';
import { RoundNotice } from './round-notice';

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
  return (
    <>
      <Link href={`/rapportera/${kind}/${record.id}`}>{may.edit ? texts.edit : texts.view}</Link>
      {may.submit && <SubmitForm kind={kind} record={record} locale={locale} label={texts.submit} inline />}
      {/* Deleting asks first: this only opens the confirmation step for this draft, at the version seen. */}
      {may.delete && (
        <form method="get" className="inline-form">
          <input type="hidden" name="remove" value={`${kind}:${record.id}:${record.version}`} />
          <button type="submit" className="link-button-inline">
            {texts.delete}
          </button>
        </form>
      )}
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
  // A returned record says why in the list too, so the region sees what to correct before opening it.
  const statusText = (record: { status: Decision['status']; reviewComment: string | null }) =>
    record.status === 'returned' && record.reviewComment ? t('safeReview.returnedStatus', { status: t('status.returned'), reason: record.reviewComment }) : t(`status.${record.status}`);

  return (
    <>
      <h1>{t('title', { region: region ?? records.regionCode })}</h1>
      {done === 'saved' ? (
        <SavedNotice records={records} address={query.record} locale={locale} />
      ) : (
        done && (
          <p className="notice" role="status">
            {t(`done.${done}`)}
          </p>
        )
      )}
      <DeleteConfirmation records={records} address={query.remove} refused={query.failed === 'confirm_required'} locale={locale} />
      {failed && (
        <div className="form-error" role="alert">
          <p>{failed === 'read_only' || failed === 'conflict' ? t(`failed.${failed}`) : t(`errors.${failed}`)}</p>
          {/* A report refused for its date: which rounds take one now, and the dates they accept. */}
          {(failed === 'no_round' || failed === 'round_not_open') && <RoundNotice locale={locale} rounds={await reportingRounds()} />}
        </div>
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
          cells: [decisionDateText(d, locale, common('dates.by')), decisionText(d, common, locale), statusText(d)],
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
          cells: [r.referenceDate, formatNumber(r.specialistsFte, locale, 2), formatNumber(r.traineesFte, locale, 2), statusText(r)],
          actions: <RowActions record={r} kind="bemanning" locale={locale} texts={actionTexts} />,
        }))}
      />
    </>
  );
}
