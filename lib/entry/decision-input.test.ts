import { describe, expect, it } from 'vitest';
import { DECISION_KINDS, KINDS_WITHOUT_FIGURE } from '@/lib/domain/decisions';
import { decisionInputSchema } from './decision-input';
import { fieldErrors } from './fields';

const schema = decisionInputSchema('2025-06-30');
const errorsOf = (input: Record<string, string>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : fieldErrors(parsed.error);
};

describe('a decision as the form sends it', () => {
  it('takes every kind there is', () => {
    for (const kind of DECISION_KINDS) {
      const figure = kind === 'decided_figure' ? '1 500' : '';
      expect(schema.safeParse({ kind, targetFigure: figure, decidedOn: '2024-05' }).success, kind).toBe(true);
    }
  });

  it("refuses the retired 'none' and any other unknown kind at the kind field", () => {
    for (const kind of ['none', 'unknown', '']) {
      expect(errorsOf({ kind, targetFigure: '', decidedOn: '2024-05' }), kind).toEqual({ kind: 'choose_one' });
    }
  });

  it('refuses a figure for every kind that carries none, and stores neither figure nor target type for them', () => {
    expect(KINDS_WITHOUT_FIGURE).toEqual(expect.arrayContaining(['decided_no_figure', 'no_decision', 'declined', 'revoked']));
    for (const kind of KINDS_WITHOUT_FIGURE) {
      expect(errorsOf({ kind, targetFigure: '1 500', decidedOn: '2024-05' }), kind).toEqual({ targetFigure: 'figure_not_allowed' });
      expect(errorsOf({ kind, targetFigure: '1 500', targetType: 'final', decidedOn: '2024-05' }), kind).toEqual({ targetFigure: 'figure_not_allowed' });
      const parsed = schema.parse({ kind, targetFigure: ' ', targetType: '', decidedOn: '2024-05' });
      expect(parsed).toMatchObject({ kind, targetFigure: null, targetType: null });
    }
  });

  it('takes a target type only with a figure', () => {
    for (const kind of [...KINDS_WITHOUT_FIGURE, 'ambition']) {
      expect(errorsOf({ kind, targetFigure: '', targetType: 'interim', decidedOn: '2024-05' }), kind).toEqual({ targetType: 'type_needs_figure' });
    }
    expect(schema.parse({ kind: 'ambition', targetFigure: '1 300', targetType: 'interim', decidedOn: '2024' })).toMatchObject({ targetFigure: 1300, targetType: 'interim' });
    // The guideline's own figure goes with decided_1100 even when not typed, so its type has a figure.
    expect(schema.parse({ kind: 'decided_1100', targetFigure: '', targetType: 'final', decidedOn: '2024' })).toMatchObject({ targetFigure: 1100, targetType: 'final' });
  });

  it('still asks for the figure of a decided figure, and 1 100 for the guideline', () => {
    expect(errorsOf({ kind: 'decided_figure', targetFigure: '', decidedOn: '2024-05' })).toEqual({ targetFigure: 'figure_required' });
    expect(errorsOf({ kind: 'decided_1100', targetFigure: '1 200', decidedOn: '2024-05' })).toEqual({ targetFigure: 'figure_must_be_1100' });
  });
});
