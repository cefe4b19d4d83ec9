import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createLog } from '../ops/log.mjs';
import { renderMetrics } from '../ops/metrics.mjs';
import { parseTrustedProxies } from './client-address.mjs';
import { requestMetrics, withRequestLog } from './request-log.mjs';

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

/** A real server whose handler sees the request after withRequestLog; the log lines it wrote, parsed. */
async function start(trusted: string) {
  const lines: string[] = [];
  const seenIds: (string | undefined)[] = [];
  const log = createLog({ out: { write: (line: string) => lines.push(line) }, err: { write: (line: string) => lines.push(line) } });
  const handler = withRequestLog(
    (req, res) => {
      seenIds.push(req.headers['x-request-id'] as string | undefined);
      if (req.url?.startsWith('/fail')) res.destroy();
      else res.writeHead(req.url?.startsWith('/missing') ? 404 : 200, { 'Content-Type': 'text/plain' }).end('hello');
    },
    { trustedProxies: parseTrustedProxies(trusted), log, metrics: requestMetrics() },
  );
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { base: `http://127.0.0.1:${port}`, lines, entries, seenIds };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 4800 && !condition(); i++) await new Promise((wait) => setTimeout(wait, 25));
  expect(condition()).toBe(true);
}

describe('each request gets an id and one JSON log line', () => {
  it('logs method, path without query, status, duration and bytes, and nothing about who asked', async () => {
    const { base, lines, entries, seenIds } = await start('');
    const response = await fetch(`${base}/sv/region/01?email=someone%40example.se&q=secret`, {
      headers: { cookie: 'authjs.session-token=abc', 'x-forwarded-for': '203.0.113.9' },
    });
    expect(await response.text()).toBe('hello');
    await until(() => lines.length === 1);
    const [entry] = entries();
    expect(entry).toMatchObject({ level: 'info', msg: 'request', method: 'GET', path: '/sv/region/01', status: 200 });
    expect(typeof entry?.durationMs).toBe('number');
    expect(entry?.bytes).toBeGreaterThan('hello'.length);
    expect(entry?.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(entry?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-request-id')).toBe(entry?.requestId);
    expect(seenIds).toEqual([entry?.requestId]);
    expect(lines[0]).toMatch(/\n$/);
    expect(lines[0]!.split('\n')).toHaveLength(2);
    for (const secret of ['someone', 'example.se', 'secret', 'session-token', '127.0.0.1', '203.0.113.9']) expect(lines[0]).not.toContain(secret);
  });

  it("takes X-Request-Id only from a trusted proxy, and only when it looks like an id", async () => {
    const untrusted = await start('10.0.0.0/8');
    const forged = await fetch(`${untrusted.base}/`, { headers: { 'x-request-id': 'chosen-by-client' } });
    expect(forged.headers.get('x-request-id')).not.toBe('chosen-by-client');
    server?.close();

    const trusted = await start('127.0.0.1');
    const passed = await fetch(`${trusted.base}/`, { headers: { 'x-request-id': 'f3a1c2d4e5b60718293a4b5c6d7e8f90' } });
    expect(passed.headers.get('x-request-id')).toBe('f3a1c2d4e5b60718293a4b5c6d7e8f90');
    const odd = await fetch(`${trusted.base}/`, { headers: { 'x-request-id': 'two words"}' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await until(() => trusted.lines.length === 2);
    expect(trusted.entries().map((entry) => entry.requestId)).toEqual(['f3a1c2d4e5b60718293a4b5c6d7e8f90', odd.headers.get('x-request-id')]);
    expect(trusted.seenIds[0]).toBe('f3a1c2d4e5b60718293a4b5c6d7e8f90');
  });

  it('counts requests by status class, including a connection closed before an answer, and none stays in flight', async () => {
    const { base, lines, entries } = await start('');
    await fetch(`${base}/missing`);
    await fetch(`${base}/fail`).catch(() => null);
    await until(() => lines.length === 2);
    expect(entries().map((entry) => [entry.status, entry.level])).toEqual([
      [404, 'info'],
      [0, 'warn'],
    ]);
    const metrics = renderMetrics();
    expect(metrics).toMatch(/^http_requests_total\{class="4xx"\} [1-9]/m);
    expect(metrics).toMatch(/^http_requests_total\{class="aborted"\} [1-9]/m);
    expect(metrics).toContain('http_requests_in_flight 0\n');
    expect(metrics).toMatch(/^http_request_duration_seconds_count [1-9]/m);
  });
});
