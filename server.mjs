import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import next from 'next';
import { loadActionIds } from './lib/http/action-guard.mjs';
import { parseTrustedProxies } from './lib/http/client-address.mjs';
import { withActionGuard, withAddressCheck, withTrustedForwarding } from './lib/http/pipeline.mjs';
import { requestMetrics, withRequestLog } from './lib/http/request-log.mjs';
import { withScriptPolicy } from './lib/http/script-policy.mjs';
import { publicOrigin } from './lib/http/site.mjs';
import { createDrainableServer } from './lib/ops/graceful.mjs';
import { log } from './lib/ops/log.mjs';
import { createMetricsServer } from './lib/ops/metrics-server.mjs';
import { runClosers } from './lib/ops/shutdown.mjs';

/**
 * The production server: Next.js's request handler behind the pipeline in lib/http/pipeline.mjs,
 * which decides who the client is and at which address the site is, checks server-action requests
 * before Next.js reads them, and gives each HTML page a script policy with the hashes of Next's own
 * inline scripts (lib/http/script-policy.mjs). Each request gets an id and one JSON log line
 * (lib/http/request-log.mjs). SIGTERM or SIGINT drains the server and closes what was registered in
 * lib/ops/shutdown.mjs. Settings: PORT, HOSTNAME, SITE_URL, TRUSTED_PROXIES, SHUTDOWN_TIMEOUT_SECONDS,
 * METRICS_PORT, METRICS_HOST (checked again with the rest in lib/env.ts); `--keepAliveTimeout <ms>` as
 * `next start` takes it.
 */

const dir = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({ options: { keepAliveTimeout: { type: 'string' } } });

/**
 * @param {string} name
 * @param {string} fallback
 */
function portSetting(name, fallback) {
  const port = Number(process.env[name] || fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || (port === 0 && fallback !== '0')) throw new Error(`${name} must be a port number, not "${process.env[name]}".`);
  return port;
}

function settings() {
  const port = portSetting('PORT', '3000');
  const shutdownSeconds = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS || 25);
  if (!(shutdownSeconds > 0 && shutdownSeconds <= 3600)) throw new Error(`SHUTDOWN_TIMEOUT_SECONDS must be seconds (up to 3600), not "${process.env.SHUTDOWN_TIMEOUT_SECONDS}".`);
  const keepAliveTimeout = args.keepAliveTimeout === undefined ? undefined : Number(args.keepAliveTimeout);
  if (keepAliveTimeout !== undefined && !(Number.isInteger(keepAliveTimeout) && keepAliveTimeout >= 0)) {
    throw new Error(`--keepAliveTimeout must be milliseconds, not "${args.keepAliveTimeout}".`);
  }
  return {
    port,
    hostname: process.env.HOSTNAME || undefined,
    keepAliveTimeout,
    siteOrigin: publicOrigin(process.env.SITE_URL, port),
    trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES),
    shutdownTimeoutMs: shutdownSeconds * 1000,
    // 0 (the default) serves no metrics.
    metricsPort: portSetting('METRICS_PORT', '0'),
    metricsHost: process.env.METRICS_HOST || '127.0.0.1',
  };
}

let config;
try {
  config = settings();
} catch (error) {
  log('error', error instanceof Error ? error.message : 'invalid settings');
  process.exit(1);
}

/** @type {import('./lib/http/pipeline.mjs').Handler | undefined} set once Next.js is ready, before the server listens */
let handler;
const site = createDrainableServer(async (req, res) => {
  try {
    await handler?.(req, res);
  } catch (error) {
    log('error', 'request failed', { requestId: req.headers['x-request-id'], method: req.method, error: error instanceof Error ? error.name : 'unknown error' });
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    } else res.destroy();
  }
});
const metricsServer = config.metricsPort ? createMetricsServer() : null;

let stopping = false;
/**
 * Stops accepting connections, lets the requests in progress finish (up to SHUTDOWN_TIMEOUT_SECONDS),
 * closes the database and whatever else was registered, then exits: 0 when nothing was cut short.
 * Installed before Next.js starts, so no default handler ends the process in the middle of a request.
 * @param {NodeJS.Signals} signal
 */
async function stop(signal) {
  if (stopping) {
    log('warn', 'stopping at once on a second signal', { signal });
    process.exit(1);
  }
  stopping = true;
  log('info', 'stopping', { signal, inFlight: site.inFlight(), timeoutSeconds: config.shutdownTimeoutMs / 1000 });
  const { cut } = await site.drain(config.shutdownTimeoutMs);
  if (cut) log('warn', 'requests cut short by the shutdown time limit', { cut });
  metricsServer?.close();
  const failed = await runClosers({ timeoutMs: 10_000 });
  for (const failure of failed) log('error', 'closing failed', failure);
  log('info', 'stopped', { cut, failedClosers: failed.length });
  process.exit(cut || failed.length ? 1 : 0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// Next forms its own internal addresses from hostname and port, and compares them with those its
// middleware builds on "localhost": any other name (HOSTNAME=127.0.0.1 behind a proxy) makes every
// locale rewrite look like another site's, which Next then proxies to itself over the site's https.
const app = next({ dev: false, dir, hostname: 'localhost', port: config.port });
await app.prepare();
const nextHandler = app.getRequestHandler();
const actionIds = loadActionIds(path.join(dir, '.next/server/server-reference-manifest.json'));

// Outermost first: the request's id and log line; the address's length and encoding; who is asking and where
// the site is; server-action checks; the script policy of Next's HTML.
handler = withRequestLog(
  withAddressCheck(withTrustedForwarding(withActionGuard(withScriptPolicy(nextHandler), { siteOrigin: config.siteOrigin, actionIds }), config)),
  { trustedProxies: config.trustedProxies, log, metrics: requestMetrics() },
);

if (config.keepAliveTimeout !== undefined) site.server.keepAliveTimeout = config.keepAliveTimeout;
site.server.listen(config.port, config.hostname, () => {
  log('info', 'ready', { port: config.port, site: config.siteOrigin });
});
metricsServer?.listen(config.metricsPort, config.metricsHost, () => {
  log('info', 'metrics ready', { port: config.metricsPort, host: config.metricsHost });
});
