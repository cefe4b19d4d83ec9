import { z } from 'zod';
import { fieldError } from './field-error';
import { decimal, isoDay, optionalText, optionalWholeNumber, recordRef, requiredText, wholeNumber } from './fields';

/**
 * A staffing report as entered in the form, checked the same way in the browser and on the server.
 * The region comes from the signed-in editor, never from the form.
 */
const MAX_DOCTORS = 20_000;
const EARLIEST_DATE = '2000-01-01';

export function staffingInputSchema(today: string) {
  return z.strictObject({
    ...recordRef,
    referenceDate: isoDay
      .refine((day) => day >= EARLIEST_DATE, { message: fieldError('date_too_early', { min: EARLIEST_DATE }) })
      .refine((day) => day <= today, { message: fieldError('date_in_future', { max: today }) }),
    specialistsHeadcount: wholeNumber(0, MAX_DOCTORS),
    specialistsFte: decimal(0, MAX_DOCTORS),
    traineesHeadcount: wholeNumber(0, MAX_DOCTORS),
    traineesFte: decimal(0, MAX_DOCTORS),
    residentsWithNamedContact: optionalWholeNumber(0, 5_000_000),
    source: requiredText(300),
    comment: optionalText(2000, { multiline: true }),
    plausibilityExplanation: optionalText(2000, { multiline: true }),
  });
}

export type StaffingInput = z.output<ReturnType<typeof staffingInputSchema>>;

/** The figures of a staffing report: what the public sees of it once published, and what an import writes. */
export interface StaffingFigures {
  specialistsHeadcount: number;
  specialistsFte: number;
  traineesHeadcount: number;
  traineesFte: number;
  residentsWithNamedContact: number | null;
}

/** Just the figures, from anything that carries them (a form's input, a stored report). */
export function staffingFigures(source: StaffingFigures): StaffingFigures {
  return {
    specialistsHeadcount: source.specialistsHeadcount,
    specialistsFte: source.specialistsFte,
    traineesHeadcount: source.traineesHeadcount,
    traineesFte: source.traineesFte,
    residentsWithNamedContact: source.residentsWithNamedContact,
  };
}
