import 'server-only';
import { env } from '@/lib/env';

/**
 * Answers of the administrators' route handlers: never cached, never sniffed, refusals as RFC 9457
 * problem documents. Who may do what is the data-access layer's decision; these only carry it.
 */

export const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

export type RefusalStatus = 400 | 401 | 403 | 409 | 413 | 415 | 429 | 503;

const TITLES: Record<RefusalStatus, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

export function refusal(status: RefusalStatus, detail: string, errors?: { parameter: string; message: string }[]): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: TITLES[status], status, detail, ...(errors ? { errors } : {}) }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...PRIVATE_HEADERS },
  });
}

export function privateJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...PRIVATE_HEADERS } });
}

/**
 * A state-changing request from another site is refused (as server.mjs does for server actions):
 * browsers always name the page's origin on a POST, and it must be the site's configured origin.
 */
export function fromAnotherSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  return origin !== null && origin !== env.SITE_URL;
}
