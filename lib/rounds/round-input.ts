import { z } from 'zod';
import { isoDay, requiredText } from '@/lib/entry/fields';

/** A new follow-up round as an administrator enters it, checked the same way in the browser and on the server. */
export const newRoundInputSchema = z
  .strictObject({
    name: requiredText(200),
    referenceDate: isoDay,
    opensOn: isoDay,
    closesOn: isoDay,
  })
  .refine((round) => round.closesOn >= round.opensOn, { path: ['closesOn'], message: 'closes_before_opens' });

export type NewRoundInput = z.output<typeof newRoundInputSchema>;
