#!/usr/bin/env node
/**
 * `npm run bench`: figures about the production build, reported, never asserted.
 *
 *   1. `next build` (skip with --no-build; then .next/BUILD_ID must exist);
 *   2. its own embedded database in .data/bench: db:reset, db:setup, db:example;
 *   3. `npm run serve` on a free port (outside 3000–3200, where the tests run), waits for /api/health;
 *   4. JavaScript per public route, two ways: first-load JS, every <script src="/_next/…"> in the served
 *      HTML, downloaded and gzipped (level 9); and the JavaScript Chromium fetched by network idle (gzip
 *      transfer bytes, requests: bench-browser.mjs), which includes code loaded after hydration;
 *      kB = 1000 bytes. The budget (JS_BUDGET) is checked on the latter and printed as pass or fail;
 *   5. throughput with autocannon: the dashboard "/" against the accessibility page "/tillganglighet"
 *      as a static baseline (checked to be served from the cache), each warmed first (3 s of load);
 *      requests/s, latency p50/p99, non-2xx, and the ratio;
 *   6. a summary table. The server is always stopped, also on error or Ctrl-C.
 *
 * Exits 0 when it could measure and the JavaScript budget holds, 1 when the build, the database or the
 * server failed, 3 when a page fetches more JavaScript than its budget.
 * The load generator shares the machine's cores with the server: compare figures, don't quote them.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { jsByNetworkIdle, launchBrowser, VIEWPORT } from './bench-browser.mjs';

const USAGE = `Usage: npm run bench -- [options]
  --no-build           use the existing build in .next instead of running next build
  --duration <s>       seconds of load per page (default 10)
  --connections <n>    concurrent connections (default 50)
  --route <path>       another route to measure JavaScript for (repeatable)
  --no-throughput      measure the JavaScript only, not the throughput
  --port <n>           port of the server (default: the first free one from 4300)
  --gzip               send Accept-Encoding: gzip during the load test (Next then compresses each response)
  --proxy              instead: the deployment of deploy/ (nginx in front, over TLS) against nginx serving
                       the same bytes as a file, and the open-data API against a static page (scripts/bench-proxy.mjs)
  --help               this text`;

const DATA_DIR = '.data/bench';
const SERVER_LOG = '.data/bench-server.log';
const DEFAULT_ROUTES = [
  '/',
  '/en',
  '/?view=chart',
  '/?view=table',
  '/region/01',
  '/oppna-data',
  '/tillganglighet',
  '/rapporteringslage',
  '/vad-ar-nytt',
];
/** At most this much JavaScript (gzip bytes on the wire) fetched by network idle, per route. */
const JS_BUDGET = { '/': 300_000 };
const DASHBOARD = '/';
const STATIC_BASELINE = '/tillganglighet';
const HEALTH_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 10_000;
const WARM_SECONDS = 3;

/** Thrown for a failure of the thing measured (build, database, server): exit code 1. */
class BenchFailure extends Error {}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        'no-build': { type: 'boolean', default: false },
        'no-throughput': { type: 'boolean', default: false },
        duration: { type: 'string', default: '10' },
        connections: { type: 'string', default: '50' },
        route: { type: 'string', multiple: true, default: [] },
        port: { type: 'string' },
        gzip: { type: 'boolean', default: false },
        proxy: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positive = (name, value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) {
      console.error(`--${name} must be a positive whole number, got "${value}".\n\n${USAGE}`);
      process.exit(2);
    }
    return number;
  };
  const routes = [...DEFAULT_ROUTES];
  for (const route of parsed.route) {
    if (!route.startsWith('/')) {
      console.error(`--route must be a path starting with "/", got "${route}".`);
      process.exit(2);
    }
    if (!routes.includes(route)) routes.push(route);
  }
  return {
    build: !parsed['no-build'],
    throughput: !parsed['no-throughput'],
    duration: positive('duration', parsed.duration),
    connections: positive('connections', parsed.connections),
    port: parsed.port === undefined ? undefined : positive('port', parsed.port),
    gzip: parsed.gzip,
    proxy: parsed.proxy,
    routes,
  };
}

// ---------------------------------------------------------------------------------------------------
// Processes

/** Runs a command to completion with inherited output; throws BenchFailure when it fails. */
function run(label, command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}${Object.keys(env).length ? `  (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw new BenchFailure(`${label}: ${result.error.message}`);
  if (result.status !== 0) throw new BenchFailure(`${label} failed (exit ${result.status ?? result.signal}).`);
}

/** The environment of every database command and of the server: its own PGlite directory. */
function databaseEnv() {
  return { PGLITE_DIR: DATA_DIR, DATABASE_URL: '' };
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    // No host: the same wildcard address the server listens on.
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function choosePort(requested) {
  if (requested !== undefined) {
    if (requested >= 3000 && requested <= 3200) console.warn(`Port ${requested} is in 3000–3200, where the test servers run.`);
    if (!(await portIsFree(requested))) throw new BenchFailure(`Port ${requested} is in use.`);
    return requested;
  }
  for (let port = 4300; port < 4400; port += 1) {
    if (await portIsFree(port)) return port;
  }
  throw new BenchFailure('No free port in 4300–4399; pass --port.');
}

/** The server: `npm run serve` in its own process group, so that stopping it stops the server too. */
class Server {
  constructor(port) {
    this.port = port;
    this.origin = `http://127.0.0.1:${port}`;
    this.child = undefined;
    this.exit = undefined;
    this.stopping = false;
  }

  start() {
    fs.mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
    const log = fs.openSync(SERVER_LOG, 'w');
    console.log(`\n$ npm run serve  (PORT=${this.port} PGLITE_DIR=${DATA_DIR}; log: ${SERVER_LOG})`);
    this.child = spawn('npm', ['run', 'serve'], {
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, ...databaseEnv(), PORT: String(this.port), NODE_ENV: 'production' },
    });
    fs.closeSync(log);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
      this.child.once('error', (error) => {
        this.exit = { code: null, signal: null, error };
        resolve(this.exit);
      });
    });
  }

  /** Throws BenchFailure if the server has stopped by itself. */
  assertRunning() {
    if (this.exit && !this.stopping) {
      throw new BenchFailure(`The server stopped by itself (${this.exit.error?.message ?? `exit ${this.exit.code ?? this.exit.signal}`}).\n${logTail()}`);
    }
  }

  async waitUntilHealthy() {
    const started = Date.now();
    while (Date.now() - started < HEALTH_TIMEOUT_MS) {
      this.assertRunning();
      try {
        const response = await fetch(`${this.origin}/api/health`, { signal: AbortSignal.timeout(5000) });
        if (response.ok) {
          const body = await response.json();
          console.log(`Server ready after ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(body)}`);
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(500);
    }
    throw new BenchFailure(`The server did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s.\n${logTail()}`);
  }

  /** Stops the whole process group (npm, sh, node server.mjs): SIGTERM, then SIGKILL after a grace period. */
  async stop() {
    if (!this.child || this.exit) return;
    this.stopping = true;
    const signalGroup = (signal) => {
      try {
        process.kill(-this.child.pid, signal);
      } catch {
        // already gone
      }
    };
    signalGroup('SIGTERM');
    const stopped = await Promise.race([this.exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped) {
      signalGroup('SIGKILL');
      await this.exited;
    }
    // npm may exit before the server: make sure nothing of the group is left.
    signalGroup('SIGKILL');
    console.log('Server stopped.');
  }
}

function logTail(lines = 30) {
  try {
    const text = fs.readFileSync(SERVER_LOG, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    return `Last lines of ${SERVER_LOG}:\n${text}`;
  } catch {
    return `(no server log at ${SERVER_LOG})`;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------
// Measurements

const kB = (bytes) => (bytes / 1000).toFixed(1);

function decodeEntities(value) {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&#39;', "'");
}

/** The <script src> of a page under /_next/, in document order, without duplicates. */
function scriptSources(html) {
  const scripts = [];
  const seen = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (!src) continue;
    const url = decodeEntities(src[1] ?? src[2] ?? src[3] ?? '');
    const pathname = new URL(url, 'http://localhost').pathname;
    if (!pathname.startsWith('/_next/') || seen.has(url)) continue;
    seen.add(url);
    // nomodule scripts (legacy polyfills) are never downloaded by a browser that runs modules.
    scripts.push({ url, noModule: /\snomodule\b/i.test(tag) });
  }
  return scripts;
}

/** First-load JS of one route, from the HTML the server sends. */
async function firstLoadJs(server, route, gzipCache) {
  const response = await fetch(`${server.origin}${route}`, { redirect: 'manual' });
  if (response.status !== 200) {
    return { route, error: `HTTP ${response.status}${response.headers.get('location') ? ` → ${response.headers.get('location')}` : ''}` };
  }
  const html = await response.text();
  const scripts = scriptSources(html);
  const totals = { files: 0, raw: 0, gzip: 0, noModuleFiles: 0, noModuleGzip: 0 };
  for (const script of scripts) {
    let sizes = gzipCache.get(script.url);
    if (!sizes) {
      const asset = await fetch(new URL(script.url, server.origin), { headers: { 'Accept-Encoding': 'identity' } });
      if (!asset.ok) return { route, error: `${script.url}: HTTP ${asset.status}` };
      const bytes = Buffer.from(await asset.arrayBuffer());
      sizes = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      gzipCache.set(script.url, sizes);
    }
    if (script.noModule) {
      totals.noModuleFiles += 1;
      totals.noModuleGzip += sizes.gzip;
    } else {
      totals.files += 1;
      totals.raw += sizes.raw;
      totals.gzip += sizes.gzip;
    }
  }
  const paths = new Set(scripts.map((script) => new URL(script.url, 'http://localhost').pathname));
  return { route, htmlBytes: Buffer.byteLength(html), htmlGzip: gzipSync(html, { level: 9 }).length, paths, ...totals };
}

const CACHE_HEADERS = ['cache-control', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time'];

/** Requests a page a few times so that it is rendered and cached; returns the last response's headers. */
async function warm(server, route, requests = 20) {
  let last;
  for (let i = 0; i < requests; i += 1) {
    const response = await fetch(`${server.origin}${route}`, { redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status !== 200) throw new BenchFailure(`Warming ${route}: HTTP ${response.status}.`);
    last = response;
  }
  return Object.fromEntries(CACHE_HEADERS.map((name) => [name, last.headers.get(name)]));
}

/** Whether the headers say that the page came from Next's cache rather than a fresh render. */
function servedFromCache(headers) {
  return headers['x-nextjs-cache'] === 'HIT' || headers['x-nextjs-prerender'] === '1';
}

async function load(server, route, { duration, connections, gzip }) {
  const result = await autocannon({
    url: `${server.origin}${route}`,
    connections,
    duration,
    pipelining: 1,
    headers: gzip ? { 'accept-encoding': 'gzip' } : {},
  });
  server.assertRunning();
  return {
    route,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    completed: result['2xx'] + result.non2xx,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerRequest: result['2xx'] + result.non2xx > 0 ? result.throughput.total / (result['2xx'] + result.non2xx) : 0,
  };
}

// ---------------------------------------------------------------------------------------------------
// Output

function table(headers, rows, alignRight = []) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) =>
    cells.map((cell, i) => (alignRight.includes(i) ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** 'pass' or 'FAIL' against the route's budget, '' when it has none or could not be measured. */
function budgetVerdict(route, fetched) {
  const budget = JS_BUDGET[route];
  if (budget === undefined || !fetched || fetched.error) return '';
  return `${fetched.transfer <= budget ? 'pass' : 'FAIL'} (≤ ${kB(budget)} kB)`;
}

function javaScriptTable(firstLoad, fetched) {
  return table(
    ['route', 'HTML first-load gzip kB', 'files', 'fetched by network idle gzip kB', 'requests', 'budget', 'raw kB (HTML)', 'HTML gzip kB'],
    firstLoad.map((r, i) => {
      const f = fetched[i];
      const html = r.error ? [r.error, ''] : [kB(r.gzip), r.files];
      const idle = f.error ? [f.error, ''] : [kB(f.transfer), f.requests];
      return [r.route, ...html, ...idle, budgetVerdict(r.route, f), r.error ? '' : kB(r.raw), r.error ? '' : kB(r.htmlGzip)];
    }),
    [1, 2, 3, 4, 6, 7],
  );
}

function throughputTable(results) {
  return table(
    ['page', 'req/s (avg)', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'kB/response'],
    results.map((r) => [r.route, r.requestsPerSecond.toFixed(0), r.p50, r.p99, r.completed, r.non2xx, r.errors + r.timeouts, kB(r.bytesPerRequest)]),
    [1, 2, 3, 4, 5, 6, 7],
  );
}

function cacheTable(headersByRoute) {
  return table(
    ['page', ...CACHE_HEADERS],
    Object.entries(headersByRoute).map(([route, headers]) => [route, ...CACHE_HEADERS.map((name) => headers[name] ?? '—')]),
  );
}

// ---------------------------------------------------------------------------------------------------

/** The exit code once everything is printed: a route that could not be measured fails, then the budget. */
function finish(firstLoad, fetched, overBudget) {
  const bad = [...firstLoad, ...fetched].filter((r) => r.error);
  if (bad.length) throw new BenchFailure(`${bad.length} measurement(s) failed: ${bad.map((r) => `${r.route} (${r.error})`).join(', ')}.`);
  if (overBudget.length) {
    console.error(`\nbench: over the JavaScript budget: ${overBudget.map((f) => `${f.route} ${kB(f.transfer)} kB > ${kB(JS_BUDGET[f.route])} kB`).join(', ')}.`);
    return 3;
  }
  return 0;
}

async function main() {
  const opts = options();
  if (opts.proxy) {
    const { benchProxy } = await import('./bench-proxy.mjs');
    return benchProxy(opts);
  }
  let server;
  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the server.`);
    Promise.resolve(server?.stop()).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    if (opts.build) {
      run('next build', 'npx', ['next', 'build']);
    } else if (!fs.existsSync('.next/BUILD_ID')) {
      throw new BenchFailure('--no-build, but there is no build (.next/BUILD_ID is missing): run without --no-build.');
    } else {
      console.log(`Using the existing build ${fs.readFileSync('.next/BUILD_ID', 'utf8').trim()} (--no-build).`);
    }

    run('db:reset', 'npm', ['run', '--silent', 'db:reset'], databaseEnv());
    run('db:setup', 'npm', ['run', '--silent', 'db:setup'], databaseEnv());
    run('db:example', 'npm', ['run', '--silent', 'db:example'], databaseEnv());

    const port = await choosePort(opts.port);
    server = new Server(port);
    server.start();
    await server.waitUntilHealthy();

    // a) JavaScript: what the HTML references, and what Chromium fetched by network idle.
    console.log(
      `\n== JavaScript per route: first-load (every <script src="/_next/…"> of the served HTML, gzip -9) and fetched by network idle (Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, empty cache, gzip bytes on the wire) ==`,
    );
    const gzipCache = new Map();
    const firstLoad = [];
    for (const route of opts.routes) {
      // The first request renders the page; measure the cached one.
      await fetch(`${server.origin}${route}`, { redirect: 'manual' }).then((response) => response.arrayBuffer());
      firstLoad.push(await firstLoadJs(server, route, gzipCache));
    }
    const fetched = [];
    const browser = await launchBrowser();
    try {
      for (const route of opts.routes) fetched.push(await jsByNetworkIdle(browser, server.origin, route));
    } finally {
      await browser.close();
    }
    console.log(javaScriptTable(firstLoad, fetched));
    const legacy = firstLoad.filter((r) => r.noModuleFiles > 0);
    if (legacy.length) {
      console.log(`(not counted: nomodule polyfills, ${kB(legacy[0].noModuleGzip)} kB gzip, which browsers that run modules skip)`);
    }
    for (const [i, f] of fetched.entries()) {
      if (JS_BUDGET[f.route] === undefined || f.error) continue;
      // Where the budget goes: the largest scripts, and whether the HTML asked for them.
      console.log(`\nScripts fetched on ${f.route}, largest first (* = not referenced by the HTML: loaded later):`);
      const rows = [...f.files].sort((a, b) => b.transfer - a.transfer).slice(0, 12);
      console.log(table(['gzip kB', 'file'], rows.map((file) => [kB(file.transfer), `${firstLoad[i].paths?.has(file.url) ? ' ' : '*'} ${file.url}`]), [0]));
    }
    const uncompressed = new Map(fetched.flatMap((f) => (f.files ?? []).filter((file) => file.encoding !== 'gzip').map((file) => [file.url, file])));
    if (uncompressed.size) {
      console.log(`Sent without gzip, counted as sent: ${[...uncompressed.values()].map((file) => `${file.url} (${kB(file.transfer)} kB, ${file.encoding})`).join(', ')}`);
    }
    server.assertRunning();
    const overBudget = fetched.filter((f) => budgetVerdict(f.route, f).startsWith('FAIL'));
    if (!opts.throughput) {
      console.log(`\nbuild: ${fs.readFileSync('.next/BUILD_ID', 'utf8').trim()} · ${new Date().toISOString()} (throughput not measured: --no-throughput)`);
      return finish(firstLoad, fetched, overBudget);
    }

    // b) Throughput.
    const loadOpts = { duration: opts.duration, connections: opts.connections, gzip: opts.gzip };
    console.log(
      `\n== Throughput (autocannon, ${opts.connections} connections, ${opts.duration} s per page, ${opts.gzip ? 'Accept-Encoding: gzip' : 'no compression'}) ==`,
    );
    const cacheHeaders = {};
    for (const route of [DASHBOARD, STATIC_BASELINE]) cacheHeaders[route] = await warm(server, route);
    console.log(cacheTable(cacheHeaders));
    const baselineCached = servedFromCache(cacheHeaders[STATIC_BASELINE]);
    if (!baselineCached) {
      console.log(`\nWarning: ${STATIC_BASELINE} is not served from the cache (no x-nextjs-cache: HIT or x-nextjs-prerender: 1), so it is no static baseline; the ratio is left out.`);
    }
    const throughput = [];
    for (const route of [DASHBOARD, STATIC_BASELINE]) {
      // A short unmeasured burst first, so that neither page is measured on a cold (unoptimised) server.
      console.log(`Loading ${route} (${WARM_SECONDS} s warm-up, then ${opts.duration} s measured) …`);
      await load(server, route, { ...loadOpts, duration: WARM_SECONDS });
      throughput.push(await load(server, route, loadOpts));
    }
    console.log(throughputTable(throughput));
    const [dashboard, baseline] = throughput;
    const ratio = baselineCached && baseline.requestsPerSecond > 0 ? dashboard.requestsPerSecond / baseline.requestsPerSecond : undefined;

    // c) Summary.
    console.log('\n== Summary ==');
    console.log(`build: ${fs.readFileSync('.next/BUILD_ID', 'utf8').trim()} · server: ${server.origin} (PGLITE_DIR=${DATA_DIR}, with the example dataset) · ${new Date().toISOString()}`);
    console.log(
      table(
        ['figure', 'value'],
        [
          ...firstLoad.map((r, i) => [
            `JS ${r.route}`,
            [
              r.error ? r.error : `first-load ${kB(r.gzip)} kB gzip in ${r.files} files`,
              fetched[i].error ? fetched[i].error : `by network idle ${kB(fetched[i].transfer)} kB gzip in ${fetched[i].requests} requests`,
              budgetVerdict(r.route, fetched[i]),
            ]
              .filter(Boolean)
              .join(' · '),
          ]),
          ...throughput.map((r) => [
            `throughput ${r.route}${r.route === STATIC_BASELINE ? ' (static baseline)' : ' (dashboard)'}`,
            `${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}`,
          ]),
          ...Object.entries(cacheHeaders).map(([route, headers]) => [
            `cache ${route}`,
            `${servedFromCache(headers) ? 'from cache' : 'NOT from cache'} (x-nextjs-cache: ${headers['x-nextjs-cache'] ?? '—'}; Cache-Control: ${headers['cache-control'] ?? '—'})`,
          ]),
          ['dashboard / static', ratio === undefined ? 'n/a (baseline not cached)' : `${ratio.toFixed(2)}`],
        ],
      ),
    );
    console.log('The load generator runs on the same cores as the server: compare these figures, don\'t quote them.');
    return finish(firstLoad, fetched, overBudget);
  } catch (error) {
    if (error instanceof BenchFailure) {
      console.error(`\nbench: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
