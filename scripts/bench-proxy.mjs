/**
 * `npm run bench -- --proxy`: the deployment of deploy/ (one app instance on its embedded database,
 * with the example dataset, behind nginx with the shipped configuration, over TLS) against nginx
 * serving the very same bytes as a file. From one run, as ratios against baselines measured in it:
 *
 *   1. the dashboard through nginx ÷ the dashboard's HTML as a file from nginx        (goal ≥ 0.5)
 *   2. p99 latency of the dashboard through nginx at --connections                     (goal < 50 ms)
 *   3. the open-data API from the app alone ÷ the static accessibility page from it    (goal ≥ 0.9)
 *
 * The load generator shares the machine's cores with nginx and the app: compare, don't quote.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startCluster } from './local-cluster.mjs';

const DATA_DIR = '.data/bench-proxy';
const API = '/api/v1/measures?asOf=latest';
const STATIC_PAGE = '/tillganglighet';
const WARM_SECONDS = 3;

function run(label, command, args, env) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal}).`);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `count` free ports from 4400 on (outside 3000–3300, where the tests run). */
async function freePorts(count) {
  const ports = [];
  for (let port = 4400; port < 4500 && ports.length < count; port += 1) if (await portIsFree(port)) ports.push(port);
  if (ports.length < count) throw new Error('Not enough free ports in 4400–4499.');
  return ports;
}

function getText(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve({ body, headers: response.headers }) : reject(new Error(`${url}: HTTP ${response.statusCode}`))));
      })
      .once('error', reject);
  });
}

async function load(url, { duration, connections }) {
  await autocannon({ url, connections, duration: WARM_SECONDS });
  const result = await autocannon({ url, connections, duration });
  return { url, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

const row = (label, r) => `${label.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(5)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
const verdict = (ok) => (ok ? 'meets the goal' : 'MISSES the goal');

export async function benchProxy({ build, duration, connections }) {
  if (build) run('next build', 'npx', ['next', 'build']);
  const databaseEnv = { PGLITE_DIR: DATA_DIR, DATABASE_URL: '' };
  run('db:reset', 'npm', ['run', '--silent', 'db:reset'], databaseEnv);
  run('db:setup', 'npm', ['run', '--silent', 'db:setup'], databaseEnv);
  run('db:example', 'npm', ['run', '--silent', 'db:example'], databaseEnv);

  const [httpsPort, httpPort, instancePort, filePort] = await freePorts(4);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppfoljning-bench-'));
  const staticDir = path.join(workDir, 'static');
  fs.mkdirSync(staticDir, { mode: 0o755 });
  // The baseline: nginx serving a file over the same TLS, with the site's own compression settings.
  const fileServer = `  server {
    listen 127.0.0.1:${filePort} ssl http2;
    ssl_certificate ${workDir}/site.pem;
    ssl_certificate_key ${workDir}/site.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    gzip on;
    gzip_types text/css application/javascript application/json;
    root ${staticDir};
    default_type text/html;
  }`;
  console.log(`\nStarting the app on ${instancePort} and nginx on ${httpsPort} (TLS) and ${filePort} (the file) …`);
  const cluster = await startCluster({
    ports: { https: httpsPort, http: httpPort, instances: [instancePort] },
    usePostgres: false,
    workDir,
    // The load comes from one address: the API's per-client limit would answer most of it 429.
    env: { ...databaseEnv, API_RATE_LIMIT_PER_MINUTE: '1000000' },
    extraNginx: fileServer,
  });
  try {
    const dashboard = await getText(`${cluster.site}/`);
    fs.writeFileSync(path.join(staticDir, 'dashboard.html'), dashboard.body);
    fs.chmodSync(path.join(staticDir, 'dashboard.html'), 0o644);
    const copy = await getText(`https://localhost:${filePort}/dashboard.html`);
    if (copy.body !== dashboard.body) throw new Error('nginx did not serve the copied page byte for byte.');

    const opts = { duration, connections };
    console.log(`\n== Through the proxy (autocannon, ${connections} connections, ${duration} s each after ${WARM_SECONDS} s of warm-up, no compression) ==`);
    const proxied = await load(`${cluster.site}/`, opts);
    const file = await load(`https://localhost:${filePort}/dashboard.html`, opts);
    const instance = cluster.instanceOrigins[0];
    const api = await load(`${instance}${API}`, opts);
    const page = await load(`${instance}${STATIC_PAGE}`, opts);
    console.log(row('dashboard / through nginx', proxied));
    console.log(row('the same bytes as a file from nginx', file));
    console.log(row(`app alone: ${API}`, api));
    console.log(row(`app alone: ${STATIC_PAGE} (static)`, page));

    const proxyRatio = proxied.rps / file.rps;
    const apiRatio = api.rps / page.rps;
    console.log('\n== Summary (one run) ==');
    console.log(`dashboard through nginx ÷ same bytes as a file:  ${proxyRatio.toFixed(2)}  (goal ≥ 0.5: ${verdict(proxyRatio >= 0.5)})`);
    console.log(`p99 through nginx at ${connections} connections:        ${proxied.p99} ms  (goal < 50 ms: ${verdict(proxied.p99 < 50)})`);
    console.log(`open-data API ÷ static page, app alone:          ${apiRatio.toFixed(2)}  (goal ≥ 0.9: ${verdict(apiRatio >= 0.9)})`);
    const failures = [proxied, file, api, page].reduce((sum, r) => sum + r.non2xx + r.errors, 0);
    if (failures > 0) console.log(`Warning: ${failures} responses were not 2xx or failed; the figures are not comparable.`);
    console.log('The load generator runs on the same cores as nginx and the app: compare these figures, don\'t quote them.');
    return failures > 0 ? 1 : 0;
  } finally {
    await cluster.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
