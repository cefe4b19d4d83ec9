import { getTranslations } from 'next-intl/server';
import { getOwnDecision } from '@/lib/data/own-records';
import { saveDecisionAction } from '../../actions';
import { decisionFields, decisionValues } from '../../form-fields';
import { RecordPage, recordPageMetadata } from '../../record-page';

export const dynamic = 'force-dynamic';

export const generateMetadata = ({ params }: { params: Promise<{ locale: string }> }) => recordPageMetadata(params, 'decisionForm');

export default async function DecisionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: 'entry' });
  return (
    <RecordPage
      locale={locale}
      id={id}
      kind="beslut"
      schema="decision"
      load={getOwnDecision}
      fields={decisionFields(t)}
      valuesOf={decisionValues}
      titles={{ new: t('decisionForm.newTitle'), edit: (record) => t('decisionForm.editTitle', { date: decisionValues(record).decidedOn ?? '' }) }}
      action={saveDecisionAction}
    />
  );
}
