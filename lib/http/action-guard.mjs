import { readFileSync } from 'node:fs';

/**
 * Checks of a server-action request (a POST with a Next-Action header) made before Next.js reads it,
 * so that what Next would answer with 500 (another origin, an unknown action, an oversized or
 * malformed body) gets a 4xx instead, and nothing of it reaches the action.
 */

/** Next.js refuses action bodies over 1 MB (serverActions.bodySizeLimit, left at its default). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** @typedef {{ status: 400 | 403 | 404 | 413 | 415, message: string }} Refusal */

/** @type {Record<string, Refusal>} */
export const REFUSALS = {
  otherOrigin: { status: 403, message: 'Formuläret får bara skickas från webbplatsen själv. / A form may only be sent from this site.' },
  unknownAction: { status: 404, message: 'Okänd åtgärd: ladda om sidan. / Unknown action: reload the page.' },
  tooLarge: { status: 413, message: 'Det som skickades är större än 1 MB. / What was sent is larger than 1 MB.' },
  contentType: { status: 415, message: 'Formuläret skickades i ett okänt format. / The form was sent in an unknown format.' },
  malformed: { status: 400, message: 'Formuläret kunde inte läsas. / The form could not be read.' },
};

/**
 * The ids of the build's server actions (`.next/server/server-reference-manifest.json`).
 * @param {string} manifestPath
 * @returns {Set<string>}
 */
export function loadActionIds(manifestPath) {
  /** @type {{ node?: Record<string, unknown>, edge?: Record<string, unknown> }} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
}

/**
 * What can be decided from the headers alone.
 * @param {{ origin?: string, actionId?: string, contentLength?: string, contentType?: string }} request
 * @param {{ siteOrigin: string, actionIds: Set<string> }} site
 * @returns {Refusal | null}
 */
export function checkActionHeaders(request, site) {
  if (fromAnotherOrigin(request.origin, site.siteOrigin)) return REFUSALS.otherOrigin;
  if (!site.actionIds.has(request.actionId ?? '')) return REFUSALS.unknownAction;
  if (Number(request.contentLength) > ACTION_BODY_LIMIT) return REFUSALS.tooLarge;
  // Every action of this product is a form's, so React always sends its arguments as multipart form
  // data (a plain-text body is what it sends for arguments without a form).
  const multipart = /^multipart\/form-data\s*;(.*;)?\s*boundary=/i.test(request.contentType ?? '');
  return multipart ? null : REFUSALS.contentType;
}

/**
 * Browsers name the page's origin on every POST. A request without one carries no cookies it was not
 * given on purpose, as Next.js itself reasons, so only a different origin is refused.
 * @param {string | undefined} origin
 * @param {string} siteOrigin
 */
export function fromAnotherOrigin(origin, siteOrigin) {
  return origin !== undefined && origin !== siteOrigin;
}

/** @param {string} text */
function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, value: undefined };
  }
}

/**
 * The rows a decoded row refers to, as row names (decimal). In React's reply format a string `$<hex>`
 * (or `$<hex>:<path>`) names another row, and so does `$` with one of these tags before the number
 * (a promise, server reference, Map, Set, iterator, typed array, blob or stream); `$K<hex>` names a form,
 * whose fields are sent as fields of their own. Other `$` strings are values (dates, bigints, …).
 * @param {unknown} value
 * @param {{ row: string, form: boolean }[]} found
 */
function references(value, found = []) {
  if (typeof value === 'string') {
    const match = /^\$([@hQWiAOoUSsLlGgMmVBRrXxK]?)([0-9a-f]+)(:.*)?$/s.exec(value);
    if (match) found.push({ row: String(parseInt(match[2] ?? '', 16)), form: match[1] === 'K' });
  } else if (Array.isArray(value)) for (const item of value) references(item, found);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) references(item, found);
  return found;
}

/**
 * Whether the body is a reply React's decodeReply can read without failing: multipart form data whose
 * rows (fields named by a number; a form's own fields are `_<n>_<name>`) are JSON, whose row 0 — the
 * arguments — ends with the form, and whose references all name rows that were sent. What a form's
 * fields hold is the action's to check.
 * @param {Buffer} body
 * @param {string | undefined} contentType already accepted by checkActionHeaders
 * @returns {Promise<Refusal | null>}
 */
export async function checkActionBody(body, contentType) {
  let form;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType ?? '' } }).formData();
  } catch {
    return REFUSALS.malformed;
  }
  /** @type {Map<string, unknown>} */
  const rows = new Map();
  for (const [name, value] of form) {
    if (!/^\d+$/.test(name) || typeof value !== 'string') continue;
    const parsed = parseJson(value);
    if (!parsed.ok) return REFUSALS.malformed;
    rows.set(name, parsed.value);
  }
  const args = rows.get('0');
  if (!Array.isArray(args) || typeof args.at(-1) !== 'string' || !/^\$K[0-9a-f]+$/.test(args.at(-1))) return REFUSALS.malformed;
  // A form may have no fields at all; any other row referred to must have been sent.
  const names = new Set([...form.keys()]);
  for (const value of rows.values()) {
    if (references(value).some(({ row, form: isForm }) => !isForm && !names.has(row))) return REFUSALS.malformed;
  }
  return null;
}
