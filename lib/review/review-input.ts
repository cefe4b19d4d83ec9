import { z } from 'zod';
import { optionalText } from '@/lib/entry/fields';

/**
 * What an administrator sends from the review screen: which records (each named with the version the
 * administrator saw), and what to do with them. Checked the same way in the browser and on the server.
 */

export type ReviewEntity = 'decision' | 'staffing_report';

export interface RecordRef {
  entity: ReviewEntity;
  id: number;
  version: number;
}

/** "staffing_report:12:3" → the record and the version it was seen at. */
const recordRefSchema = z
  .string()
  .regex(/^(decision|staffing_report):\d{1,9}:\d{1,9}$/, { message: 'invalid' })
  .transform((text): RecordRef => {
    const [entity, id, version] = text.split(':');
    return { entity: entity as ReviewEntity, id: Number(id), version: Number(version) };
  });

/** Whether a text names a record as the review screen does (the screen keeps only such names in its address). */
export const isRecordRef = (text: string) => recordRefSchema.safeParse(text).success;

export const refOf = (record: RecordRef) => `${record.entity}:${record.id}:${record.version}`;

const items = z.array(recordRefSchema, { message: 'choose_items' }).min(1, { message: 'choose_items' }).max(500, { message: 'invalid' });

export const reviewInputSchema = z
  .strictObject({
    items,
    decision: z.enum(['approve', 'return'], { message: 'choose_one' }),
    comment: optionalText(2000, { multiline: true }),
  })
  .refine((input) => input.decision !== 'return' || input.comment !== null, { path: ['comment'], message: 'reason_required' });

/**
 * Publishing cannot be undone by the administrator who does it: it is acted on only when the request
 * carries the answer of the confirmation step that named what will become public.
 */
export const confirmation = z.literal('yes', { message: 'confirm_required' });

export const publishInputSchema = z.strictObject({ items, confirmed: confirmation });

export const reopenInputSchema = z.strictObject({ item: recordRefSchema, comment: optionalText(2000, { multiline: true }) }).refine((input) => input.comment !== null, {
  path: ['comment'],
  message: 'reason_required',
});

