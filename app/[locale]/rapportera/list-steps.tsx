import { getTranslations } from 'next-intl/server';
import { decisionText } from '@/components/dashboard/decision-text';
import { ConfirmationStep } from '@/components/confirmation-step';
import type { Decision, OwnRecords, StaffingReport } from '@/lib/data/entry';
import { regionMayChange } from '@/lib/domain/workflow';
import { deleteDecisionAction, deleteStaffingReportAction, submitDecisionAction, submitStaffingReportAction } from './actions';
import { decisionDateText } from './form-fields';

/**
 * The steps the region's list shows above its tables: the confirmation before a draft is deleted, and
 * after a returned record is saved, the plain word that it must be sent in again, with the button.
 */

type Found = { kind: 'beslut'; record: Decision } | { kind: 'bemanning'; record: StaffingReport };

/** "beslut:12" or "beslut:12:3" in the address → the region's own record of that kind and id, if it has one. */
function findRecord(records: OwnRecords, address: unknown): { found: Found; version: number | null } | null {
  const match = typeof address === 'string' ? /^(beslut|bemanning):(\d{1,9})(?::(\d{1,9}))?$/.exec(address) : null;
  if (!match) return null;
  const [, kind, id, version] = match;
  const seen = version === undefined ? null : Number(version);
  if (kind === 'beslut') {
    const record = records.decisions.find((d) => d.id === Number(id));
    return record ? { found: { kind: 'beslut', record }, version: seen } : null;
  }
  const record = records.reports.find((r) => r.id === Number(id));
  return record ? { found: { kind: 'bemanning', record }, version: seen } : null;
}

async function recordTitle(found: Found, locale: string): Promise<string> {
  const common = await getTranslations({ locale });
  const t = await getTranslations({ locale, namespace: 'entry' });
  if (found.kind === 'bemanning') return t('reportForm.editTitle', { date: found.record.referenceDate });
  const decision = found.record;
  return `${t('decisionForm.editTitle', { date: decisionDateText(decision, locale, common('dates.by')) })}: ${decisionText(decision, common, locale)}`;
}

/** Before a draft is deleted: what will be deleted, that it cannot be undone, and the only button that does it. */
export async function DeleteConfirmation({ records, address, refused, locale }: { records: OwnRecords; address: unknown; refused: boolean; locale: string }) {
  const target = findRecord(records, address);
  if (!target || !regionMayChange(target.found.record.status).delete) return null;
  const t = await getTranslations({ locale, namespace: 'entry.safeReview' });
  const { found } = target;
  const title = await recordTitle(found, locale);
  return (
    <ConfirmationStep
      id="delete-confirmation"
      question={t('confirmDelete.question', { what: title })}
      consequence={t('confirmDelete.consequence')}
      records={[title]}
      action={found.kind === 'beslut' ? deleteDecisionAction : deleteStaffingReportAction}
      hidden={[
        ['locale', locale],
        ['id', String(found.record.id)],
        // The version the editor saw when asking to delete: a draft changed since is reported, not deleted.
        ['version', String(target.version ?? found.record.version)],
      ]}
      confirmLabel={t('confirmDelete.confirm')}
      cancel={{ href: '/rapportera', label: t('confirmDelete.cancel') }}
      error={refused ? t('confirmDelete.required') : undefined}
    />
  );
}

/** After saving: a returned record is still returned, and Socialstyrelsen sees it only when it is sent in again. */
export async function SavedNotice({ records, address, locale }: { records: OwnRecords; address: unknown; locale: string }) {
  const target = findRecord(records, address);
  const t = await getTranslations({ locale, namespace: 'entry' });
  if (!target || target.found.record.status !== 'returned') {
    return (
      <p className="notice" role="status">
        {t('done.saved')}
      </p>
    );
  }
  const { found } = target;
  return (
    <div className="warning-box" role="status" data-testid="saved-not-sent">
      <p>{t('safeReview.savedReturned', { what: await recordTitle(found, locale) })}</p>
      <SubmitForm kind={found.kind} record={found.record} locale={locale} label={t('safeReview.submitAgain')} />
    </div>
  );
}

/** Sends a record in, from its row in the list (inline) or from the note after saving it. */
export function SubmitForm({ kind, record, locale, label, inline = false }: { kind: 'beslut' | 'bemanning'; record: { id: number; version: number }; locale: string; label: string; inline?: boolean }) {
  const fields: [string, string | number][] = [
    ['id', record.id],
    ['version', record.version],
    ['locale', locale],
  ];
  return (
    <form action={kind === 'beslut' ? submitDecisionAction : submitStaffingReportAction} className={inline ? 'inline-form' : undefined}>
      {fields.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={inline ? 'link-button-inline' : 'primary-button'}>
        {label}
      </button>
    </form>
  );
}
