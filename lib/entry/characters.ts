/**
 * Characters no stored text may hold, whatever field it comes from (forms, server actions, imports,
 * filters): PostgreSQL cannot store NUL at all, other control characters are invisible in a page or a
 * CSV, and the bidirectional embedding, override and isolate marks can make published text read in
 * another order than it was written (U+202E turns "gpj.exe" round). Tab and line breaks pass only in
 * fields of several lines (a browser sends a text area's line breaks as CR LF).
 */

// C0 except tab, LF and CR; DEL; C1; the noncharacters U+FFFE and U+FFFF.
const CONTROL_IN_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const CONTROL_IN_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// Half of a character: a high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type ForbiddenCharacter = 'text_control_character' | 'text_bidi_character';

/** Why `text` cannot be stored (a message code), or null when it can. */
export function forbiddenCharacter(text: string, { multiline = false } = {}): ForbiddenCharacter | null {
  // A lone surrogate cannot be written as UTF-8 either.
  if ((multiline ? CONTROL_IN_LINES : CONTROL_IN_ONE_LINE).test(text) || LONE_SURROGATE.test(text)) return 'text_control_character';
  if (BIDI_CONTROL.test(text)) return 'text_bidi_character';
  return null;
}
