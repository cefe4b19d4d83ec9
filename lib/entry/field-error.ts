/**
 * A field's error as the schemas give it: a message code (entry.errors.<code>) and the values its text
 * names, such as a number's limits ("integer_range?min=0&max=20000"). One string, so it travels
 * wherever a code does (the data layer's `invalid` failure, an import's issues), and the browser's
 * check and the server's answer put it into words with the same function (field-error-text.ts).
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
