import 'server-only';
import { decisionWarnings } from '@/lib/domain/plausibility';
import { decisionInputSchema } from '@/lib/entry/decision-input';
import { todayInSweden } from '@/lib/i18n/format';
import type { EntryResult } from './entry';
import { editorOnly, fail } from './guard';
import { deleteAction, recordAction, transition, writeRecord } from './internal/entry-writes';

/** A region's own decisions, written by its editors (lib/data/internal/entry-writes.ts has the shared rules). */

export const saveDecision = editorOnly(
  () => decisionInputSchema(todayInSweden()),
  async (editor, input): Promise<EntryResult> => {
    const warnings = decisionWarnings(input);
    if (warnings.length > 0 && !input.plausibilityExplanation) return fail({ kind: 'needs_explanation', warnings });
    const values = {
      kind: input.kind,
      targetFigure: input.targetFigure,
      targetType: input.targetType,
      targetYear: input.targetYear,
      decidedOn: input.decidedOn.date,
      decidedOnPrecision: input.decidedOn.precision,
      decidedOnIsUpperBound: false,
      effectiveOn: input.effectiveOn,
      decidingBody: input.decidingBody,
      reference: input.reference,
      // The region's own record of its decision is the primary source.
      sourceUrl: input.sourceUrl,
      sourceStatus: 'verified' as const,
      note: input.note,
      // What a region writes is its own words, in Swedish: an English version written for an earlier text no longer applies.
      noteEn: null,
      plausibilityWarnings: warnings,
      plausibilityExplanation: warnings.length > 0 ? input.plausibilityExplanation : null,
    };
    return writeRecord(editor, { entity: 'decision', values }, input.id, input.version);
  },
);

export const submitDecision = editorOnly(recordAction, (editor, input) => transition(editor, 'decision', input, 'submit'));

export const deleteDecision = editorOnly(deleteAction, (editor, input) => transition(editor, 'decision', input, 'delete'));
