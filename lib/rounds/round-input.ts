import { z } from 'zod';
import { isoDay, recordRef, requiredText } from '@/lib/entry/fields';

/** A new follow-up round as an administrator enters it, checked the same way in the browser and on the server. */
export const newRoundInputSchema = z
  .strictObject({
    name: requiredText(200),
    referenceDate: isoDay,
    opensOn: isoDay,
    closesOn: isoDay,
  })
  .refine((round) => round.closesOn >= round.opensOn, { path: ['closesOn'], message: 'closes_before_opens' });


/**
 * A round's name and dates changed (a deadline extended, say). Its reference date stays: the regions'
 * reports are tied to it.
 */
export const roundChangeInputSchema = z
  .strictObject({
    id: recordRef.id.refine((id) => id !== undefined, { message: 'invalid' }),
    version: recordRef.version.refine((version) => version !== undefined, { message: 'invalid' }),
    name: requiredText(200),
    opensOn: isoDay,
    closesOn: isoDay,
  })
  .refine((round) => round.closesOn >= round.opensOn, { path: ['closesOn'], message: 'closes_before_opens' });
