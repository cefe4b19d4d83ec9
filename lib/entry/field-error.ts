import { createTranslator } from 'next-intl';

/**
 * A field's error as the schemas give it: a message code (entry.errors.<code>) and the values its text
 * names, such as a number's limits ("integer_range?min=0&max=20000"). One string, so it travels
 * wherever a code does (the data layer's `invalid` failure, an import's issues), and the browser's
 * check and the server's answer put it into words with the same function.
 */
export type FieldErrorValues = Record<string, string | number>;

const CODE = /^[a-z][a-z0-9_]*$/;

export function fieldError(code: string, values: FieldErrorValues = {}): string {
  const query = new URLSearchParams(Object.entries(values).map(([key, value]) => [key, String(value)])).toString();
  return query ? `${code}?${query}` : code;
}

/** The code and values of a field error; anything not made by `fieldError` is the code `invalid`. */
export function readFieldError(error: string): { code: string; values: Record<string, string> } {
  const [code = '', query = ''] = error.split('?', 2);
  if (!CODE.test(code)) return { code: 'invalid', values: {} };
  return { code, values: Object.fromEntries(new URLSearchParams(query)) };
}

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
