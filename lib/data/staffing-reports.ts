import 'server-only';
import { staffingWarnings } from '@/lib/domain/plausibility';
import { staffingFigures, staffingInputSchema } from '@/lib/entry/staffing-input';
import { todayInSweden } from '@/lib/i18n/format';
import type { EntryResult } from './entry';
import { editorOnly, fail } from './guard';
import { violatedConstraint } from './internal/constraints';
import { deleteAction, recordAction, transition, writeRecord } from './internal/entry-writes';
import { staffingContexts } from './internal/staffing-context';
import { loadPublishedRecord } from './published-record';

/** A region's own staffing reports, written by its editors (lib/data/internal/entry-writes.ts has the shared rules). */

export const saveStaffingReport = editorOnly(
  () => staffingInputSchema(todayInSweden()),
  async (editor, input): Promise<EntryResult> => {
    const context = staffingContexts(await loadPublishedRecord())(editor.regionCode, input.referenceDate);
    const warnings = staffingWarnings(input, context);
    if (warnings.length > 0 && !input.plausibilityExplanation) return fail({ kind: 'needs_explanation', warnings });
    const values = {
      referenceDate: input.referenceDate,
      ...staffingFigures(input),
      source: input.source,
      comment: input.comment,
      plausibilityWarnings: warnings,
      plausibilityExplanation: warnings.length > 0 ? input.plausibilityExplanation : null,
    };
    try {
      return await writeRecord(editor, { entity: 'staffing_report', values }, input.id, input.version);
    } catch (error) {
      // One report in review per region and date (a unique index): name the field, write nothing.
      if (violatedConstraint(error) === 'staffing_one_in_review') return fail({ kind: 'invalid', fields: { referenceDate: 'report_exists' } });
      throw error;
    }
  },
);

export const submitStaffingReport = editorOnly(recordAction, (editor, input) => transition(editor, 'staffing_report', input, 'submit'));

export const deleteStaffingReport = editorOnly(deleteAction, (editor, input) => transition(editor, 'staffing_report', input, 'delete'));
