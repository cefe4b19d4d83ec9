import { IncomingMessage } from 'node:http';
import { clientAddressOf } from './client-address.mjs';
import { ACTION_BODY_LIMIT, REFUSALS, checkActionBody, checkActionHeaders, fromAnotherOrigin } from './action-guard.mjs';
import { originHeaders } from './site.mjs';

/**
 * The request pipeline of server.mjs, as wrappers around a Node request handler: each takes the next
 * handler and returns one, so they compose in one expression there.
 * @typedef {(req: IncomingMessage, res: import('node:http').ServerResponse) => unknown} Handler
 */

/**
 * A short plain-text answer.
 * @param {import('node:http').ServerResponse} res
 * @param {{ status: number, message: string }} refusal
 */
function refuse(res, refusal) {
  res.writeHead(refusal.status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(refusal.status === 404 ? { 'x-nextjs-action-not-found': '1' } : {}),
  });
  res.end(`${refusal.message}\n`);
}

/** How much of a refused body is read and thrown away before the connection is cut. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/**
 * Refuses a request whose body is not (wholly) read. The rest is read and thrown away rather than the
 * connection closed at once: a client still sending would otherwise get a broken pipe instead of the
 * answer. Past DRAIN_LIMIT the connection is cut.
 * @param {IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ status: number, message: string }} refusal
 */
function refuseUnread(req, res, refusal) {
  let drained = 0;
  req.on('data', (/** @type {Buffer} */ chunk) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  req.resume();
  refuse(res, refusal);
}

/**
 * The longest address the site answers (path and query, in bytes as sent). No page needs more than a
 * fraction of it; a longer one would be echoed into several response headers (the locale's alternate
 * links, a sign-in redirect) until they pass what HTTP clients accept.
 */
const ADDRESS_LIMIT = 2048;

/**
 * True when a path is one the site could have made: it decodes as UTF-8, and what it decodes to has no
 * percent sign left (none of the site's paths has one, and Next.js would try to decode it again and fail).
 * @param {string} path
 */
export function isReadablePath(path) {
  try {
    return !decodeURIComponent(path).includes('%');
  } catch {
    return false;
  }
}

/**
 * Refuses, before anything else reads it, an address longer than ADDRESS_LIMIT (414) and a path that
 * does not decode (400; Next.js would fail on it with a 500).
 * @param {Handler} next
 * @returns {Handler}
 */
export function withAddressCheck(next) {
  return (req, res) => {
    const url = req.url ?? '';
    if (url.length > ADDRESS_LIMIT) return refuseUnread(req, res, { status: 414, message: 'Adressen är för lång. / The address is too long.' });
    if (!isReadablePath(url.split('?')[0] ?? '')) return refuseUnread(req, res, { status: 400, message: 'Adressen kunde inte läsas. / The address could not be read.' });
    return next(req, res);
  };
}

/**
 * Replaces every header that says who asked and at which address: X-Forwarded-For becomes exactly the
 * client's address (see client-address.mjs), Host and X-Forwarded-Host/-Proto/-Port the public
 * origin's. Whatever the client wrote into them is gone.
 * @param {Handler} next
 * @param {{ siteOrigin: string, trustedProxies: import('node:net').BlockList }} site
 * @returns {Handler}
 */
export function withTrustedForwarding(next, site) {
  const fixed = originHeaders(site.siteOrigin);
  return (req, res) => {
    const client = clientAddressOf(req.socket.remoteAddress, req.headers['x-forwarded-for'], site.trustedProxies);
    delete req.headers.forwarded;
    delete req.headers['x-real-ip'];
    Object.assign(req.headers, fixed, { 'x-forwarded-for': client });
    return next(req, res);
  };
}

/**
 * The body, or null once it grows past `limit` (a chunked body has no length to check beforehand).
 * @param {IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer | null>}
 */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The same request with its body already read, for Next.js to read again.
 * @param {IncomingMessage} req
 * @param {Buffer} body
 */
function withBody(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.httpVersion = req.httpVersion;
  const headers = { ...req.headers, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => [value ?? ''].flat().map((v) => [name, v]).flat());
  copy.push(body);
  copy.push(null);
  // Complete, so that reaching its end is not taken for an aborted upload (which closes the socket).
  copy.complete = true;
  return copy;
}

/**
 * Server-action requests are checked (action-guard.mjs) and read here first: a refused one never
 * reaches Next.js, an accepted one is handed on with its body.
 * @param {Handler} next
 * @param {{ siteOrigin: string, actionIds: Set<string> }} site
 * @returns {Handler}
 */
export function withActionGuard(next, site) {
  return async (req, res) => {
    if (req.method !== 'POST') return next(req, res);
    const actionId = req.headers['next-action'];
    if (actionId === undefined) {
      // A form posted without JavaScript names its action inside the body; a page answers a POST for
      // nothing else. Route handlers under /api decide about their own POSTs.
      const page = !/^\/api(\/|$|\?)/.test(req.url ?? '');
      if (page && fromAnotherOrigin(req.headers.origin, site.siteOrigin)) {
        return refuseUnread(req, res, REFUSALS.otherOrigin);
      }
      return next(req, res);
    }
    const headerRefusal = checkActionHeaders(
      {
        origin: req.headers.origin,
        actionId: [actionId].flat()[0],
        contentLength: req.headers['content-length'],
        contentType: req.headers['content-type'],
      },
      site,
    );
    if (headerRefusal) return refuseUnread(req, res, headerRefusal);
    const body = await readBody(req, ACTION_BODY_LIMIT);
    if (body === null) return refuseUnread(req, res, REFUSALS.tooLarge);
    const bodyRefusal = await checkActionBody(body, req.headers['content-type']);
    if (bodyRefusal) return refuse(res, bodyRefusal);
    return next(withBody(req, body), res);
  };
}
