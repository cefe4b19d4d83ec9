import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { EntryForm, type EntryFormState, type FieldSpec } from '@/components/entry/entry-form';
import { signInPath } from '@/lib/auth/return-path';
import type { EntryFailure, HistoryEntry, OwnRecord, WorkflowStatus } from '@/lib/data/entry';
import { regionMayChange } from '@/lib/domain/workflow';
import { getViewer } from '@/lib/data/viewer';
import { idFromPath } from '@/lib/entry/fields';
import { todayInSweden } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { formTexts, reportingPath } from './form-fields';
import { RecordHistory } from './record-history';


/** A stored value as the read-only page shows it: a choice by its label, an empty field as a dash. */
function shownValue(field: FieldSpec, value: string | undefined): string {
  if (!value) return '–';
  return field.control.kind === 'select' ? (field.control.options.find((option) => option.value === value)?.label ?? value) : value;
}

/** Title of a record page; never indexed by search engines. */
export async function recordPageMetadata(params: Promise<{ locale: string }>, form: 'decisionForm' | 'reportForm'): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'entry' });
  return { title: t(`${form}.newTitle`), robots: { index: false } };
}

/**
 * A decision's or staffing report's page: a new one ("ny"), a draft to edit, or a record in review
 * shown read-only; with its history. Shared by /rapportera/beslut/[id] and /rapportera/bemanning/[id].
 */
export async function RecordPage<R extends { id: number; version: number; status: WorkflowStatus; reviewComment: string | null }>({
  locale,
  id,
  kind,
  schema,
  load,
  fields,
  valuesOf,
  titles,
  action,
}: {
  locale: string;
  id: string;
  /** The record kind's segment of the address: /rapportera/<kind>/<id>. */
  kind: 'beslut' | 'bemanning';
  schema: 'decision' | 'staffing';
  load: (id: number) => Promise<OwnRecord<R> | EntryFailure>;
  fields: FieldSpec[];
  valuesOf: (record: R) => Record<string, string>;
  titles: { new: string; edit: (record: R) => string };
  action: (state: EntryFormState, form: FormData) => Promise<EntryFormState>;
}) {
  setRequestLocale(locale);
  if (!(await getViewer())) redirect(signInPath(locale, reportingPath(locale, `/${kind}/${id}`)));
  const t = await getTranslations({ locale, namespace: 'entry' });
  const texts = await formTexts(locale);
  const back = (
    <p>
      <Link href="/rapportera">{t('back')}</Link>
    </p>
  );

  let record: R | null = null;
  let history: HistoryEntry[] = [];
  if (id !== 'ny') {
    const recordId = idFromPath(id);
    // An address naming no possible record is not found, like one naming a record that does not exist.
    if (recordId === null) notFound();
    const loaded = await load(recordId);
    if ('kind' in loaded) {
      if (loaded.kind === 'not_found') notFound();
      return (
        <>
          {back}
          <p>{t(`errors.${loaded.kind}` as 'errors.forbidden')}</p>
        </>
      );
    }
    ({ record, history } = loaded);
  }

  const editable = record === null || regionMayChange(record.status).edit;
  const values = record ? valuesOf(record) : {};
  return (
    <>
      {back}
      <h1>{record ? titles.edit(record) : titles.new}</h1>
      {record && <p>{t(`status.${record.status}` as 'status.draft')}</p>}
      {record?.status === 'returned' && record.reviewComment && (
        <div className="warning-box">
          <p data-testid="returned-because">{t('returnedBecause', { reason: record.reviewComment })}</p>
          {editable && <p>{t('safeReview.returnedHint')}</p>}
        </div>
      )}
      {editable ? (
        <EntryForm
          schema={schema}
          today={todayInSweden()}
          action={action}
          fields={fields}
          initial={values}
          hidden={{ locale, ...(record ? { id: String(record.id), version: String(record.version) } : {}) }}
          texts={texts}
        />
      ) : (
        <dl className="record-values">
          {fields.map((field) => (
            <div key={field.name}>
              <dt>{field.label}</dt>
              <dd>{shownValue(field, values[field.name])}</dd>
            </div>
          ))}
        </dl>
      )}
      {record && <RecordHistory history={history} locale={locale} />}
    </>
  );
}
