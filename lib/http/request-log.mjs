import { randomUUID } from 'node:crypto';
import { counter, histogram, level } from '../ops/metrics.mjs';
import { isTrustedPeer } from './client-address.mjs';

/**
 * Each request's id, its log line and its share of the metrics. The id comes from a trusted proxy's
 * X-Request-Id (so one id follows a request through the proxy's log and this one) or is made here;
 * Next.js sees it in the same header, and the client gets it back in the response.
 */

/** What a proxy's id may look like: nginx's $request_id, a UUID, and the like; nothing that could break a log line. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:net').BlockList} trustedProxies
 */
function requestIdOf(req, trustedProxies) {
  const offered = req.headers['x-request-id'];
  if (typeof offered === 'string' && REQUEST_ID.test(offered) && isTrustedPeer(req.socket.remoteAddress, trustedProxies)) return offered;
  return randomUUID();
}

/**
 * The path without its query string (which may hold what someone typed), cut to a length a log keeps.
 * @param {string | undefined} url
 */
function loggedPath(url) {
  return (url ?? '').split('?')[0]?.slice(0, 512) ?? '';
}

/** @param {number} status */
const statusClass = (status) => `${Math.floor(status / 100)}xx`;

/**
 * @typedef {{ started(): void, finished(status: number, seconds: number): void }} RequestMetrics
 */

/**
 * Gives each request its id, and when its response is done (or the connection closes first) writes
 * one log line: request id, method, path without query, status, duration in ms and bytes sent. No
 * client address, no query string, no cookie.
 * @param {import('./pipeline.mjs').Handler} next
 * @param {{ trustedProxies: import('node:net').BlockList, log: import('../ops/log.mjs').Log, metrics: RequestMetrics }} options
 * @returns {import('./pipeline.mjs').Handler}
 */
export function withRequestLog(next, { trustedProxies, log, metrics }) {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const id = requestIdOf(req, trustedProxies);
    req.headers['x-request-id'] = id;
    res.setHeader('X-Request-Id', id);
    // Bytes on the connection before this response: a kept-alive connection carries several.
    const writtenBefore = req.socket.bytesWritten;
    metrics.started();
    res.once('close', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // A response cut before its headers were sent was never answered with its status.
      const status = res.headersSent ? res.statusCode : 0;
      metrics.finished(status, durationMs / 1000);
      log(status >= 500 || status === 0 ? 'warn' : 'info', 'request', {
        requestId: id,
        method: req.method,
        path: loggedPath(req.url),
        status,
        durationMs: Math.round(durationMs * 10) / 10,
        bytes: req.socket.bytesWritten - writtenBefore,
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    return next(req, res);
  };
}

/**
 * The request metrics of lib/ops/metrics.mjs: requests by status class, their duration, and how many
 * are in progress.
 * @returns {RequestMetrics}
 */
export function requestMetrics() {
  const requests = counter('http_requests_total', 'Requests answered, by status class ("aborted": the connection closed before an answer).');
  const duration = histogram('http_request_duration_seconds', 'Time from a request to the end of its response.', [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
  const inProgress = level('http_requests_in_flight', 'Requests being answered now.');
  return {
    started: () => inProgress.add(1),
    finished(status, seconds) {
      inProgress.add(-1);
      requests.inc({ class: status === 0 ? 'aborted' : statusClass(status) });
      duration.observe(seconds);
    },
  };
}
