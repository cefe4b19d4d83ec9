import { getTranslations } from 'next-intl/server';
import { getOwnStaffingReport } from '@/lib/data/own-records';
import { reportingRounds } from '@/lib/data/rounds';
import { saveStaffingReportAction } from '../../actions';
import { reportFields, reportValues } from '../../form-fields';
import { RecordPage, recordPageMetadata } from '../../record-page';
import { RoundNotice } from '../../round-notice';

export const dynamic = 'force-dynamic';

export const generateMetadata = ({ params }: { params: Promise<{ locale: string }> }) => recordPageMetadata(params, 'reportForm');

export default async function StaffingReportPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: 'entry' });
  const rounds = await reportingRounds();
  return (
    <RecordPage
      locale={locale}
      id={id}
      kind="bemanning"
      schema="staffing"
      load={getOwnStaffingReport}
      fields={reportFields(t, <RoundNotice locale={locale} rounds={rounds} />)}
      valuesOf={(record) => reportValues(record, locale)}
      titles={{ new: t('reportForm.newTitle'), edit: (record) => t('reportForm.editTitle', { date: record.referenceDate }) }}
      action={saveStaffingReportAction}
    />
  );
}
