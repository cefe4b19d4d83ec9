import { z } from 'zod';
import { DECISION_KINDS, KINDS_WITHOUT_FIGURE, type DecisionKind } from '@/lib/domain/decisions';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST } from '@/lib/domain/metrics';
import { parsePartialDate, type PartialDate } from '@/lib/domain/partial-date';
import { fieldError } from './field-error';
import { optionalIsoDay, optionalText, optionalWebAddress, optionalWholeNumber, optionalYear, recordRef } from './fields';

/**
 * A region's decision as entered in the form. One schema, used by the form in the browser and again
 * by the server, which trusts nothing the browser checked. The region is not a field: it comes from
 * the signed-in editor, never from the form.
 */
const FIGURE_MIN = 300;
const FIGURE_MAX = 5000;

const withoutFigure = (kind: DecisionKind) => KINDS_WITHOUT_FIGURE.includes(kind);

export function decisionInputSchema(today: string) {
  return z
    .strictObject({
      ...recordRef,
      kind: z.enum(DECISION_KINDS, { message: 'choose_one' }),
      targetFigure: optionalWholeNumber(FIGURE_MIN, FIGURE_MAX),
      targetType: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['interim', 'final'], { message: 'choose_one' }).optional()),
      targetYear: optionalYear(2000, 2100),
      decidedOn: z.preprocess(
        (v) => (v === undefined ? '' : v),
        z
          .string({ message: 'partial_date_invalid' })
          .transform((text, context): PartialDate => {
            const partial = parsePartialDate(text);
            if (!partial) {
              context.addIssue({ code: 'custom', message: text.trim() === '' ? 'required' : 'partial_date_invalid' });
              return z.NEVER;
            }
            if (partial.date > today) {
              context.addIssue({ code: 'custom', message: fieldError('date_in_future', { max: today }) });
              return z.NEVER;
            }
            return partial;
          }),
      ),
      effectiveOn: optionalIsoDay,
      decidingBody: optionalText(200),
      reference: optionalText(200),
      sourceUrl: optionalWebAddress,
      note: optionalText(2000, { multiline: true }),
      plausibilityExplanation: optionalText(2000, { multiline: true }),
    })
    .superRefine((input, context) => {
      const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      const figure = input.targetFigure;
      if (input.kind === 'decided_1100' && figure !== null && figure !== GUIDELINE_RESIDENTS_PER_SPECIALIST) issue('targetFigure', 'figure_must_be_1100');
      if (input.kind === 'decided_figure' && figure === null) issue('targetFigure', 'figure_required');
      // No decision, declined, revoked and a reduction without a figure carry none (the database refuses one).
      if (withoutFigure(input.kind) && figure !== null) issue('targetFigure', 'figure_not_allowed');
      // A target type says what a figure is; without a figure there is nothing to type (1 100 goes with decided_1100).
      if (input.targetType && figure === null && input.kind !== 'decided_1100') issue('targetType', 'type_needs_figure');
      if (input.effectiveOn && input.effectiveOn < input.decidedOn.date) issue('effectiveOn', 'effective_before_decided');
    })
    .transform((input) => ({
      ...input,
      // The guideline's figure goes with a decision for the guideline, whether typed or not.
      targetFigure: input.kind === 'decided_1100' ? GUIDELINE_RESIDENTS_PER_SPECIALIST : input.targetFigure,
      targetType: withoutFigure(input.kind) ? null : (input.targetType ?? null),
    }));
}

