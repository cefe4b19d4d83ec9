import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * A script policy without 'unsafe-inline' for pages that are cached and so cannot carry a per-request
 * nonce: each HTML response's own inline scripts are hashed into its Content-Security-Policy, but only
 * those that are Next's own data scripts. Any other inline script, and every event-handler attribute,
 * gets no hash and does not run.
 */

/** @param {unknown} value */
const isChunk = (value) => Array.isArray(value) && Number.isInteger(value[0]);
/** @param {unknown} value */
const isChunkList = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The inline scripts Next 16 (built with Turbopack) writes into its pages: the start of the React
 * Server Components payload stream and its chunks, and Turbopack's list of the page's script files;
 * each a call with one JSON literal as its argument (Next escapes `<` in it, so it cannot end the
 * script early). Such a script only hands data to Next's own code, which loads files from this site.
 */
const NEXT_FORMS = [
  { prefix: '(self.__next_f=self.__next_f||[]).push(', suffix: ')', accepts: isChunk },
  { prefix: 'self.__next_f.push(', suffix: ')', accepts: isChunk },
  { prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', suffix: ');', accepts: isChunkList },
];

/**
 * Whether a script's text is exactly one of Next's forms: the whole text, prefix and suffix, with an
 * argument that parses as JSON of the form's shape. A JSON literal holds no code, so
 * `self.__next_f.push(1);alert(1)` (argument `1);alert(1`) is refused.
 * @param {string} text
 * @returns {boolean}
 */
export function isNextInlineScript(text) {
  for (const { prefix, suffix, accepts } of NEXT_FORMS) {
    if (!text.startsWith(prefix) || !text.endsWith(suffix)) continue;
    const argument = text.slice(prefix.length, text.length - suffix.length);
    try {
      const value = JSON.parse(argument);
      return accepts(value);
    } catch {
      return false;
    }
  }
  return false;
}

// Script elements and their text as the browser reads them. Reading one differently from the browser
// can only cost a hash (the script is then blocked and the page visibly breaks), never allow anything:
// whatever text gets a hash is one of Next's data forms above.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /(?:^|\s)src\s*=/i;
// A script element runs as JavaScript only without a type or with a JavaScript one.
const TYPE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * The browser hashes a script's text after the HTML parser has turned CR LF and lone CR into LF.
 * @param {string} text
 */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;

/**
 * The script-src sources for a complete HTML document: 'self' and a hash of each of Next's inline
 * scripts in it (each distinct text once).
 * @param {string} html
 * @returns {string[]}
 */
export function scriptSources(html) {
  const hashes = new Set();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue;
    const type = TYPE.exec(attributes);
    const typeValue = (type ? (type[1] ?? type[2] ?? type[3] ?? '') : '').trim().toLowerCase();
    if (!JAVASCRIPT_TYPES.has(typeValue)) continue;
    if (isNextInlineScript(text)) hashes.add(sha256(text));
  }
  return ["'self'", ...hashes];
}

/**
 * The policy `header` (as Next set it from next.config.mjs) with its script-src replaced: `sources`,
 * plus what the old directive allowed besides inline scripts ('unsafe-eval' in development). Every
 * other directive is kept as it was.
 * @param {string | undefined} header
 * @param {string[]} sources
 * @returns {string}
 */
export function withScriptSources(header, sources) {
  const directives = (header ?? '').split(';').map((d) => d.trim()).filter(Boolean);
  const index = directives.findIndex((d) => /^script-src(\s|$)/i.test(d));
  const kept = index < 0 ? [] : directives[index].split(/\s+/).slice(1).filter((s) => s === "'unsafe-eval'");
  const directive = ['script-src', ...new Set([...sources, ...kept])].join(' ');
  if (index < 0) directives.push(directive);
  else directives[index] = directive;
  return directives.join('; ');
}

/** Decoders of the codings Next's compression (or anything inside the handler) may apply. */
/** @type {Record<string, (body: Buffer) => Promise<Buffer>>} */
const DECODERS = {
  gzip: promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(req: Request, res: Response) => unknown} Handler
 */

/**
 * Wraps a Node request handler (Next's) so that every HTML response gets the script policy of its own
 * body. An HTML body is held back until it is complete (its hashes go into a header, which must be
 * sent first); everything else (RSC payloads, JSON, files) streams through untouched. Next compresses
 * inside the handler, so the body may arrive here compressed: it is decoded to be read, and sent on as it
 * came; only the headers change.
 * @param {Handler} handler
 * @returns {Handler}
 */
export function withScriptPolicy(handler) {
  return (req, res) => {
    if (req.method !== 'HEAD') holdHtml(res);
    return handler(req, res);
  };
}

/** @param {Response} res */
function holdHtml(res) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  /** @type {'undecided' | 'through' | 'held'} */
  let state = 'undecided';
  /** @type {unknown[]} */
  let headArguments = [];
  /** @type {Buffer[]} */
  const chunks = [];

  /** Decides once, from the headers set so far, whether this response is HTML to hold. */
  const decide = () => {
    if (state !== 'undecided') return;
    const type = String(res.getHeader('content-type') ?? '').toLowerCase();
    const coding = String(res.getHeader('content-encoding') ?? 'identity').toLowerCase();
    const bodyless = res.statusCode === 204 || res.statusCode === 304;
    state = type.startsWith('text/html') && !bodyless && (coding === 'identity' || coding in DECODERS) ? 'held' : 'through';
  };

  /** @param {unknown} chunk @param {unknown} [encoding] */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')) : Buffer.from(/** @type {Uint8Array} */ (chunk)));
  };

  res.writeHead = function writeHead(status, ...rest) {
    res.statusCode = status;
    // Headers given here (an object) join those already set, so the decision sees them all.
    const headers = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg));
    if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    decide();
    if (state === 'through') return original.writeHead.call(res, status, ...rest.filter((arg) => typeof arg === 'string' || Array.isArray(arg)));
    headArguments = rest.filter((arg) => typeof arg === 'string');
    return res;
  };

  res.write = function write(chunk, encoding, callback) {
    decide();
    if (state === 'through') return original.write.call(res, chunk, encoding, callback);
    keep(chunk, encoding);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };

  res.end = function end(chunk, encoding, callback) {
    decide();
    if (state === 'through') return original.end.call(res, chunk, encoding, callback);
    keep(chunk, encoding);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function');
    finish(res, Buffer.concat(chunks), original, headArguments).then(
      () => done?.(),
      (error) => res.destroy(error),
    );
    return res;
  };
}

/**
 * Sends a held HTML body with the policy computed from it.
 * @param {Response} res
 * @param {Buffer} body
 * @param {{ writeHead: Response['writeHead'], end: Response['end'] }} original
 * @param {unknown[]} headArguments
 */
async function finish(res, body, original, headArguments) {
  // The body is read decoded but sent as it came: only the headers change.
  const decode = DECODERS[String(res.getHeader('content-encoding') ?? '').toLowerCase()];
  const html = (decode ? await decode(body) : body).toString('utf8');
  res.setHeader('Content-Security-Policy', withScriptSources(headerText(res.getHeader('content-security-policy')), scriptSources(html)));
  res.setHeader('Content-Length', body.length);
  if (!res.headersSent) original.writeHead.call(res, res.statusCode, .../** @type {[]} */ (headArguments));
  original.end.call(res, body);
}

/** @param {number | string | string[] | undefined} value */
const headerText = (value) => (Array.isArray(value) ? value.join('; ') : value === undefined ? undefined : String(value));
