import 'server-only';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { EntryFormTexts, FieldSpec } from '@/components/entry/entry-form';
import type { Decision, StaffingReport } from '@/lib/data/entry';
import { DECISION_KINDS } from '@/lib/domain/decisions';
import { formatPartialDate } from '@/lib/i18n/format';

/** The path of the reporting pages in a locale. */
export const reportingPath = (locale: string, rest = '') => `${locale === 'en' ? '/en' : ''}/rapportera${rest}`;

type Translate = Awaited<ReturnType<typeof getTranslations<'entry'>>>;

export function decisionFields(t: Translate): FieldSpec[] {
  return [
    {
      name: 'kind',
      label: t('decisionForm.kind'),
      // Tells "no decision" (nothing decided) from "declined" (decided not to adopt) and "revoked".
      hint: t('decisionForm.kindHint'),
      required: true,
      control: { kind: 'select', options: DECISION_KINDS.map((kind) => ({ value: kind, label: t(`decisionForm.kinds.${kind}`) })) },
    },
    { name: 'targetFigure', label: t('decisionForm.targetFigure'), hint: t('decisionForm.targetFigureHint'), control: { kind: 'input', inputMode: 'numeric' } },
    {
      name: 'targetType',
      label: t('decisionForm.targetType'),
      control: {
        kind: 'select',
        options: [
          { value: '', label: t('decisionForm.targetTypes.none') },
          { value: 'interim', label: t('decisionForm.targetTypes.interim') },
          { value: 'final', label: t('decisionForm.targetTypes.final') },
        ],
      },
    },
    { name: 'targetYear', label: t('decisionForm.targetYear'), control: { kind: 'input', inputMode: 'numeric' } },
    { name: 'decidedOn', label: t('decisionForm.decidedOn'), hint: t('decisionForm.decidedOnHint'), required: true, control: { kind: 'input' } },
    { name: 'effectiveOn', label: t('decisionForm.effectiveOn'), control: { kind: 'input' } },
    { name: 'decidingBody', label: t('decisionForm.decidingBody'), hint: t('decisionForm.decidingBodyHint'), control: { kind: 'input' } },
    { name: 'reference', label: t('decisionForm.reference'), control: { kind: 'input' } },
    { name: 'sourceUrl', label: t('decisionForm.sourceUrl'), control: { kind: 'input', type: 'url' } },
    { name: 'note', label: t('decisionForm.note'), control: { kind: 'textarea' } },
  ];
}

/** The staffing form's fields; `roundNotice` (the rounds that take a report now) stands above the reference date. */
export function reportFields(t: Translate, roundNotice?: ReactNode): FieldSpec[] {
  const decimalField = (name: string): FieldSpec => ({ name, label: t(`reportForm.${name}`), hint: t('reportForm.fteHint'), required: true, control: { kind: 'input', inputMode: 'decimal' } });
  const countField = (name: string, required = true): FieldSpec => ({ name, label: t(`reportForm.${name}`), required, control: { kind: 'input', inputMode: 'numeric' } });
  return [
    { name: 'referenceDate', label: t('reportForm.referenceDate'), hint: t('reportForm.referenceDateHint'), required: true, control: { kind: 'input' }, notice: roundNotice },
    countField('specialistsHeadcount'),
    decimalField('specialistsFte'),
    countField('traineesHeadcount'),
    decimalField('traineesFte'),
    countField('residentsWithNamedContact', false),
    { name: 'source', label: t('reportForm.source'), hint: t('reportForm.sourceHint'), required: true, control: { kind: 'input' } },
    { name: 'comment', label: t('reportForm.comment'), control: { kind: 'textarea' } },
  ];
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
/** A stored decimal as the user types it: a comma in Swedish. */
const decimalText = (value: number, locale: string) => (locale === 'sv' ? String(value).replace('.', ',') : String(value));

export function decisionValues(record: Decision): Record<string, string> {
  const decidedOn = record.decidedOnPrecision === 'year' ? record.decidedOn.slice(0, 4) : record.decidedOnPrecision === 'month' ? record.decidedOn.slice(0, 7) : record.decidedOn;
  return {
    kind: record.kind,
    targetFigure: text(record.targetFigure),
    targetType: text(record.targetType),
    targetYear: text(record.targetYear),
    decidedOn,
    effectiveOn: text(record.effectiveOn),
    decidingBody: text(record.decidingBody),
    reference: text(record.reference),
    sourceUrl: text(record.sourceUrl),
    note: text(record.note),
    plausibilityExplanation: text(record.plausibilityExplanation),
  };
}

export function reportValues(record: StaffingReport, locale: string): Record<string, string> {
  return {
    referenceDate: record.referenceDate,
    specialistsHeadcount: String(record.specialistsHeadcount),
    specialistsFte: decimalText(record.specialistsFte, locale),
    traineesHeadcount: String(record.traineesHeadcount),
    traineesFte: decimalText(record.traineesFte, locale),
    residentsWithNamedContact: text(record.residentsWithNamedContact),
    source: record.source,
    comment: text(record.comment),
    plausibilityExplanation: text(record.plausibilityExplanation),
  };
}

/** "juni 2022", "2024-05-17" or "senast 2023", as the date is known. */
export function decisionDateText(record: Decision, locale: string, byWord: string): string {
  return formatPartialDate({ date: record.decidedOn, precision: record.decidedOnPrecision, isUpperBound: record.decidedOnIsUpperBound }, locale, byWord);
}

export async function formTexts(locale: string): Promise<EntryFormTexts> {
  const t = await getTranslations({ locale, namespace: 'entry' });
  const { entry } = (await getMessages({ locale })) as { entry: { errors: Record<string, string> } };
  return {
    save: t('save'),
    saveWithExplanation: t('saveWithExplanation'),
    explanation: t('explanation'),
    explanationHint: t('explanationHint'),
    warningsTitle: t('warningsTitle'),
    warningsIntro: t('warningsIntro'),
    errors: entry.errors,
  };
}
