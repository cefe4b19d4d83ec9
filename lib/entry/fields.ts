import { z } from 'zod';
import { isValidIsoDate } from '@/lib/domain/partial-date';
import { forbiddenCharacter } from './characters';
import { fieldError, readFieldError } from './field-error';

/**
 * Field parsers for forms: they take what a browser sends (strings, with a Swedish decimal comma or
 * spaces between digit groups) and give typed values, or an error (field-error.ts: a code and the
 * limits it names) that the form shows next to the field in the user's language (entry.errors.<code>).
 */

const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/** Whether a text field takes several lines (a text area: tab and line breaks allowed) or one. */
export interface TextOptions {
  multiline?: boolean;
}

/** Text as every field takes it: trimmed, at most `max` characters, none that cannot be stored (see characters.ts). */
export const cleanText = (max: number, { multiline = false }: TextOptions = {}) =>
  z
    .string({ message: 'text_invalid' })
    .trim()
    .max(max, { message: fieldError('text_too_long', { max }) })
    .superRefine((text, context) => {
      const code = forbiddenCharacter(text, { multiline });
      if (code) context.addIssue({ code: 'custom', message: code });
    });

/** Optional free text: trimmed, empty becomes null. */
export const optionalText = (max: number, options?: TextOptions) =>
  z.preprocess(blankToUndefined, cleanText(max, options).optional()).transform((value) => value ?? null);

export const requiredText = (max: number, options?: TextOptions) =>
  z.preprocess(
    (value) => (value === undefined ? '' : value),
    z.string({ message: 'text_invalid' }).trim().min(1, { message: 'required' }).pipe(cleanText(max, options)),
  );

function parseNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/**
 * A number within limits: whatever is wrong with it (empty, not a number, out of range), the message
 * says what is expected, with the limits (`code` names the kind: integer_range, decimal_range, year_range).
 */
const boundedNumber = (code: string, min: number, max: number, wellFormed: (n: number) => boolean) => {
  const expected = { message: fieldError(code, { min, max }) };
  return z.number(expected).refine((n) => Number.isFinite(n) && wellFormed(n) && n >= min && n <= max, expected);
};

export const wholeNumber = (min: number, max: number) => z.preprocess(parseNumber, boundedNumber('integer_range', min, max, Number.isInteger));

export const optionalWholeNumber = (min: number, max: number) =>
  z.preprocess(parseNumber, wholeNumber(min, max).optional()).transform((value) => value ?? null);

/** An optional year (a target year): a whole number from `min` to `max`, written without digit groups. */
export const optionalYear = (min: number, max: number) =>
  z.preprocess(parseNumber, boundedNumber('year_range', min, max, Number.isInteger).optional()).transform((value) => value ?? null);

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

/** A decimal with at most two decimals (FTE), with a comma or a point. */
export const decimal = (min: number, max: number) =>
  z.preprocess(parseNumber, boundedNumber('decimal_range', min, max, () => true).refine(twoDecimals, { message: 'two_decimals' }));

export const isoDay = z.preprocess(
  (value) => (value === undefined ? '' : value),
  z.string({ message: 'date_invalid' }).trim().refine(isValidIsoDate, { message: 'date_invalid' }),
);

export const optionalIsoDay = z.preprocess(blankToUndefined, isoDay.optional()).transform((value) => value ?? null);

export const optionalWebAddress = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(500, { message: fieldError('text_too_long', { max: 500 }) })
      .refine((value) => forbiddenCharacter(value) === null && /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), { message: 'url_invalid' })
      .optional(),
  )
  .transform((value) => value ?? null);

/** The largest value of a PostgreSQL integer column, which every id and version is. */
const INT4_MAX = 2_147_483_647;

/** An id or version as the database can hold it: a whole number from 1 to INT4_MAX. */
export const rowNumber = z.number({ message: 'invalid' }).int({ message: 'invalid' }).positive({ message: 'invalid' }).max(INT4_MAX, { message: 'invalid' });

/** A record's id as it comes in a page's address: digits naming a possible row, or null (the page is not found). */
export function idFromPath(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= INT4_MAX ? id : null;
}

/** Record id and version of an edit; both absent for a new record. */
export const recordRef = {
  id: z.preprocess(parseNumber, rowNumber.optional()),
  version: z.preprocess(parseNumber, rowNumber.optional()),
};

/** Form fields as an object, without the keys React and Next add to a server action's form data. */
/**
 * A server action's form argument as sent: anything else (a request naming the wrong arguments) is read
 * as an empty form, which every action refuses as incomplete, instead of failing with a 500.
 */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION_')) continue;
    fields[key] = typeof value === 'string' ? value : '';
  }
  return fields;
}

/** The language a form was sent in (its `locale` field): English when it says so, else Swedish. */
export function formLocale(value: unknown): 'sv' | 'en' {
  return value === 'en' ? 'en' : 'sv';
}

/** A form's fields as the data-access layer takes them (without the page's `locale` field), and that locale. */
export function localisedFields(form: FormData): { locale: 'sv' | 'en'; values: Record<string, string> } {
  const values = formFields(form);
  const locale = formLocale(values.locale);
  delete values.locale;
  return { locale, values };
}

/**
 * The first error per field, for the form. An error is a message key (entry.errors.<code>), such as
 * `figure_must_be_1100`, with the values it names (field-error.ts); anything else (a library's own
 * sentence) becomes `invalid`.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.code === 'unrecognized_keys' ? '_form' : String(issue.path[0] ?? '_form');
    const message = issue.code === 'unrecognized_keys' ? 'unknown_field' : issue.message;
    errors[field] ??= readFieldError(message).code === 'invalid' ? 'invalid' : message;
  }
  return errors;
}
