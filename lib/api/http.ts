import 'server-only';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { PublishedRecord } from '@/lib/data/published-record';
import { listReportingStates } from '@/lib/data/rounds';
import { takeRequest, type RateRule } from '@/lib/data/limits';
import { clientAddress } from '@/lib/client-address';
import { env } from '@/lib/env';
import { startOfTodayInSweden, todayInSweden } from '@/lib/i18n/format';
import { toCsv, type CsvValue } from '@/lib/csv/write';
import type { AcceptedQuery, AnyEndpoint, LoadContext, Parsed } from './endpoints';
import { citation, DATASET_SOURCE, DATASET_TITLE, DEFINITIONS, LICENCE } from './metadata';
import { PUBLIC_CACHE_CONTROL } from '@/lib/cache/freshness';
import { openDataSnapshot } from './snapshot';

/**
 * HTTP for the open-data API: content negotiation, conditional requests, caching, CORS, rate limiting
 * and RFC 9457 problem documents. Bad input is always a 400 problem, never a 500.
 */

const DEFAULT_LIMIT = 100;

/** Requests per client and minute, counted across every instance of the app (lib/data/limits.ts). */
const API_LIMIT: RateRule = { name: 'api', perMinute: env.API_RATE_LIMIT_PER_MINUTE };

export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Link, Retry-After, X-Total-Count',
};

export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'Accept, If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
    },
  });
}

interface ProblemError {
  parameter: string;
  message: string;
}

export function problem(status: number, title: string, detail: string, errors?: ProblemError[], headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, ...(errors ? { errors } : {}) }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...corsHeaders, ...headers },
  });
}

export async function rateLimited(request: Request): Promise<Response | null> {
  const retryAfter = await takeRequest(API_LIMIT, clientAddress(request.headers));
  if (retryAfter === 0) return null;
  return problem(429, 'Too Many Requests', `Too many requests from this client; try again in ${retryAfter} s.`, undefined, {
    'Retry-After': String(retryAfter),
  });
}

/** Parses the query string strictly: unknown or repeated parameters are errors, not ignored. */
export function parseQuery<Q extends z.ZodType>(schema: Q, url: URL): { ok: true; query: z.output<Q> } | { ok: false; response: Response } {
  return parseParameters(url, (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
  });
}

/** The query string read by `parse`: 400 with every problem (a repeated, unknown or invalid parameter). */
function parseParameters<T>(url: URL, parse: (raw: Record<string, string>) => Parsed<T>): { ok: true; query: T } | { ok: false; response: Response } {
  const raw = new Map<string, string>();
  const errors: ProblemError[] = [];
  for (const [key, val] of url.searchParams) {
    if (raw.has(key)) errors.push({ parameter: key, message: 'Given more than once.' });
    raw.set(key, val);
  }
  const parsed = parse(Object.fromEntries(raw));
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const parameter = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? '');
      errors.push({ parameter, message: issue.code === 'unrecognized_keys' ? 'Unknown parameter.' : issue.message });
    }
  }
  if (errors.length > 0 || !parsed.ok) {
    return { ok: false, response: problem(400, 'Bad Request', 'One or more query parameters are not valid.', errors) };
  }
  return { ok: true, query: parsed.value };
}

function wantsCsv(request: Request, format: unknown): boolean {
  if (format === 'csv') return true;
  if (format === 'json') return false;
  const accept = request.headers.get('accept') ?? '';
  return /text\/csv/.test(accept) && !/application\/json/.test(accept);
}

function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** 304 when the client's copy is current (If-None-Match first, then If-Modified-Since, to the second as the header has it). */
function notModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(',').some((tag) => {
      const candidate = tag.trim().replace(/^W\//, '');
      return candidate === etag || candidate === '*';
    });
  }
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '');
  return !Number.isNaN(ifModifiedSince) && Date.parse(lastModified.toUTCString()) <= ifModifiedSince;
}

/**
 * When a response may last have changed: the data's own change time, but never before today began in
 * Sweden, because answers "as of today" (the default) move on at midnight without any write.
 */
function responseLastModified(dataChangedAt: Date): Date {
  const startOfToday = startOfTodayInSweden();
  return dataChangedAt > startOfToday ? dataChangedAt : startOfToday;
}

/** A cacheable response with validators; 304 without a body when the client already has it. */
export function cacheable(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  dataChangedAt: Date,
  headers: Record<string, string>,
  etag = etagOf(body),
): Response {
  const lastModified = responseLastModified(dataChangedAt);
  const common = {
    ...corsHeaders,
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    Vary: 'Accept',
  };
  if (notModified(request, etag, lastModified)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { ...common, ...headers } });
}

function datasetMeta(url: URL, record: PublishedRecord) {
  return {
    title: DATASET_TITLE,
    definitions: DEFINITIONS,
    source: DATASET_SOURCE,
    licence: LICENCE,
    citation: citation(`${env.SITE_URL}${url.pathname}`, record.lastModified),
    lastUpdated: record.lastModified.toISOString(),
  };
}

/** An endpoint's answer to one query, as it is sent (before conditional requests are considered). */
export interface Answer {
  body: string;
  etag: string;
  dataChangedAt: Date;
  headers: Record<string, string>;
}

async function buildAnswer(
  endpoint: AnyEndpoint,
  url: URL,
  { query, load }: AcceptedQuery,
  csv: boolean,
  context: LoadContext,
): Promise<Answer> {
  const { record } = context;
  const items = await load(context);
  const limit = endpoint.paginated ? (query.limit ?? DEFAULT_LIMIT) : items.length;
  const offset = endpoint.paginated ? (query.offset ?? 0) : 0;
  const page = items.slice(offset, offset + limit);
  let next: string | null = null;
  if (endpoint.paginated && offset + limit < items.length) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set('offset', String(offset + limit));
    nextUrl.searchParams.set('limit', String(limit));
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  const links = [`<${LICENCE.url}>; rel="license"`, `</api/v1/openapi.json>; rel="service-desc"`];
  if (next) links.push(`<${next}>; rel="next"`);

  if (csv) {
    const columns = Object.keys(endpoint.item.shape);
    const metadataUrl = new URL(url);
    metadataUrl.searchParams.set('format', 'json');
    metadataUrl.searchParams.set('limit', '1');
    links.push(`<${metadataUrl.pathname}${metadataUrl.search}>; rel="describedby"`);
    const body = toCsv(columns, page as Record<string, CsvValue>[]);
    return {
      body,
      etag: etagOf(body),
      dataChangedAt: record.lastModified,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `inline; filename="${endpoint.name}.csv"`,
        'X-Total-Count': String(items.length),
        Link: links.join(', '),
      },
    };
  }

  const body = JSON.stringify({
    meta: {
      ...datasetMeta(url, record),
      description: endpoint.description,
      query: Object.fromEntries(url.searchParams),
      pagination: endpoint.paginated ? { total: items.length, limit, offset, next } : null,
    },
    data: page,
  });
  return { body, etag: etagOf(body), dataChangedAt: record.lastModified, headers: { 'Content-Type': 'application/json; charset=utf-8', Link: links.join(', ') } };
}

/** Kept answers are built from the published record alone; reporting states are never part of one. */
const statesNotKept = () => Promise.reject(new Error('an endpoint that reads reporting states must say so (readsReportingStates)'));

/**
 * GET handler for one endpoint definition. Answers come from the in-memory snapshot, built once per
 * query and data generation; an endpoint that reads reporting states, which change with every
 * submission and are not announced, is built per request from the snapshot's record.
 */
async function serveEndpoint(endpoint: AnyEndpoint, request: Request): Promise<Response> {
  const limited = await rateLimited(request);
  if (limited) return limited;
  const url = new URL(request.url);
  const parsed = parseParameters(url, (raw) => endpoint.accept(raw));
  if (!parsed.ok) return parsed.response;
  const accepted = parsed.query;
  const csv = wantsCsv(request, accepted.query.format);
  const today = todayInSweden();

  const answer = endpoint.readsReportingStates
    ? await buildAnswer(endpoint, url, accepted, csv, { record: await openDataSnapshot.record(), roundStates: listReportingStates, today })
    : await openDataSnapshot.answer(`${endpoint.name} ${csv ? 'csv' : 'json'} ${today} ${url.pathname}${url.search}`, (record) =>
        buildAnswer(endpoint, url, accepted, csv, { record, roundStates: statesNotKept, today }),
      );
  return cacheable(request, answer.body, answer.dataChangedAt, answer.headers, answer.etag);
}

/** Route handlers for an endpoint: GET (and HEAD), and the CORS preflight. */
export function routeHandlers(endpoint: AnyEndpoint) {
  const GET = async (request: Request) => {
    try {
      return await serveEndpoint(endpoint, request);
    } catch (error) {
      console.error(`open-data ${endpoint.name}:`, error);
      return problem(503, 'Service Unavailable', 'The data could not be read just now; please try again shortly.');
    }
  };
  return { GET, HEAD: GET, OPTIONS: preflight };
}
