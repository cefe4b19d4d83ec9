import { execSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { E2E_PORT_OFFSET } from './accounts';

/**
 * `node server.mjs` stopped by SIGTERM while a request is in progress: the request is answered, a
 * request still arriving on its connection finds readiness at 503, new connections are refused, the
 * process exits 0, and every log line is JSON with neither the client's address nor a query string.
 * The request in progress is a sign-in form whose body arrives slowly: the server reads an action's
 * body before Next.js runs it, so the request stays in progress until the test sends the rest.
 */

const PORT = 3140 + E2E_PORT_OFFSET;
const METRICS_PORT = 3141 + E2E_PORT_OFFSET;
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, PORT: String(PORT), SITE_URL: BASE, PGLITE_DIR: '.data/e2e-shutdown', DATABASE_URL: '', NODE_ENV: 'production' as const, METRICS_PORT: String(METRICS_PORT), SHUTDOWN_TIMEOUT_SECONDS: '120' };

let server: ChildProcess | null = null;
let stdout = '';
let stderr = '';

test.afterAll(() => {
  if (server?.exitCode === null) server.kill('SIGKILL');
});

async function until<T>(what: string, check: () => Promise<T | null | false> | T | null | false): Promise<T> {
  for (let attempt = 0; attempt < 480; attempt++) {
    const value = await check();
    if (value) return value;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`gave up waiting for ${what}; server output:\n${stdout}\n${stderr}`);
}

const get = (url: string) => fetch(url).then(async (response) => ({ status: response.status, text: await response.text() }), () => null);
/** The server's own lines (Next.js prints a few plain-text lines of its own, such as the config's loading time). */
const logLines = () => stdout.split('\n').filter((line) => line.startsWith('{'));

/** The id of the sign-in form's action, from the build's manifest. */
function signInActionId(): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, unknown> };
  const id = Object.entries(manifest.node).find(([, entry]) => JSON.stringify(entry).includes('logga-in') && JSON.stringify(entry).includes('signInAction'))?.[0]
    ?? Object.entries(manifest.node).find(([, entry]) => JSON.stringify(entry).includes('logga-in'))?.[0];
  if (!id) throw new Error('no sign-in action in the build');
  return id;
}

test('SIGTERM lets the request in progress finish, readiness turns 503, and the server exits 0 with JSON logs', async () => {
  test.setTimeout(900_000);
  if (await get(`${BASE}/api/health/live`)) throw new Error(`port ${PORT} is already in use`);
  execSync('npm run db:reset && npm run db:setup', { env, stdio: 'ignore' });
  server = spawn('node', ['server.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));

  await until('readiness', async () => (await get(`${BASE}/api/health/ready`))?.status === 200);
  expect((await get(`${BASE}/api/health/live`))?.status).toBe(200);
  expect((await get(`${BASE}/api/health`))?.status).toBe(200);
  // A request with a query string whose values must not reach the log.
  expect((await get(`${BASE}/api/health/live?email=someone%40example.se&token=hemligt`))?.status).toBe(200);
  // The start page twice: rendered once, then from the page cache.
  for (let i = 0; i < 2; i++) expect((await get(`${BASE}/`))?.status).toBe(200);
  const metrics = await get(`http://127.0.0.1:${METRICS_PORT}/metrics`);
  expect(metrics?.text).toMatch(/^http_requests_total\{class="2xx"\} [1-9]/m);
  expect(metrics?.text).toMatch(/^db_pool_connections_max 1$/m);
  expect(metrics?.text).toMatch(/^public_cache_lookups\{cache="pages",result="hit"\} [1-9]/m);
  expect(metrics?.text).toMatch(/^public_cache_hearing_changes 1$/m);

  // The slow request: the sign-in form, its body sent in two parts.
  const boundary = 'drainboundary';
  // As React sends a form's action called with (previous state, form): row 0 the arguments, the form's fields as 1_<name>.
  const field = (name: string, value: string) => [`--${boundary}`, `Content-Disposition: form-data; name="${name}"`, '', value];
  const body = [...field('0', '[null,"$K1"]'), ...field('1_locale', 'sv'), ...field('1_email', 'nobody@example.test'), ...field('1_password', ''), `--${boundary}--`, ''].join('\r\n');
  const socket = net.connect(PORT, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const closed = new Promise((resolve) => socket.on('close', resolve));
  socket.write(
    [
      'POST /logga-in HTTP/1.1',
      `Host: 127.0.0.1:${PORT}`,
      `Origin: ${BASE}`,
      `Next-Action: ${signInActionId()}`,
      'Accept: text/x-component',
      `Content-Type: multipart/form-data; boundary=${boundary}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      '',
    ].join('\r\n') + body.slice(0, 20),
  );
  await until('the request in progress', async () => /^http_requests_in_flight 1$/m.test((await get(`http://127.0.0.1:${METRICS_PORT}/metrics`))?.text ?? ''));

  server.kill('SIGTERM');
  await until('the stopping log line', () => logLines().some((line) => line.includes('"msg":"stopping"')));
  const refused = await new Promise<string>((resolve) => {
    net.connect(PORT, '127.0.0.1').on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error')).on('connect', () => resolve('connected'));
  });
  expect(refused).toBe('ECONNREFUSED');

  // The rest of the body, then readiness on the same connection: answered in order, the second with 503.
  socket.write(`${body.slice(20)}GET /api/health/ready HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n\r\n`);
  await closed;
  expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  const second = received.slice(received.indexOf('HTTP/1.1', 10));
  expect(second).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
  expect(second).toMatch(/\r\nConnection: close\r\n/i);
  expect(second).toContain('"status":"stopping"');

  expect(await exited).toBe(0);
  const entries = logLines().map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(entries.map((entry) => entry.msg)).toEqual(expect.arrayContaining(['ready', 'stopping', 'stopped']));
  const requests = entries.filter((entry) => entry.msg === 'request');
  expect(requests.find((entry) => entry.path === '/logga-in')).toMatchObject({ method: 'POST', status: 200 });
  expect(requests.find((entry) => entry.path === '/api/health/live' && entry.status === 200)).toMatchObject({ method: 'GET', status: 200 });
  for (const line of logLines().filter((text) => text.includes('"msg":"request"'))) {
    for (const secret of ['someone', 'example.se', 'hemligt', 'nobody', '127.0.0.1', '?']) expect(line).not.toContain(secret);
  }
});
