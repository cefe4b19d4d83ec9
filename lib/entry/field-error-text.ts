import { createTranslator } from 'next-intl';
import { readFieldError, type FieldErrorValues } from './field-error';

/*
 * Field errors put into words, for the forms (browser and server alike). Apart from field-error.ts so
 * that the schemas, which scripts load outside Next.js, do not load next-intl's React parts.
 */

/**
 * A message of `messages` (one namespace's texts, key → ICU message) in `locale`, with its values
 * (`{max, number}` groups a number's digits the locale's way); the `fallback` message when the key is missing.
 */
export function messageText(messages: Record<string, string>, locale: string, key: string, values: FieldErrorValues = {}, fallback = 'invalid'): string {
  const t = createTranslator({ locale, messages: { m: messages } });
  return t(`m.${key in messages ? key : fallback}`, values);
}

/** A field error in the user's language: "Ange ett heltal mellan 0 och 20 000." */
export function fieldErrorText(messages: Record<string, string>, locale: string, error: string): string {
  const { code, values } = readFieldError(error);
  return messageText(messages, locale, code, values);
}
