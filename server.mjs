import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import next from 'next';
import { loadActionIds } from './lib/http/action-guard.mjs';
import { parseTrustedProxies } from './lib/http/client-address.mjs';
import { withActionGuard, withAddressCheck, withTrustedForwarding } from './lib/http/pipeline.mjs';
import { withScriptPolicy } from './lib/http/script-policy.mjs';
import { publicOrigin } from './lib/http/site.mjs';

/**
 * The production server: Next.js's request handler behind the pipeline in lib/http/pipeline.mjs,
 * which decides who the client is and at which address the site is, checks server-action requests
 * before Next.js reads them, and gives each HTML page a script policy with the hashes of Next's own
 * inline scripts (lib/http/script-policy.mjs). Settings: PORT, HOSTNAME, SITE_URL, TRUSTED_PROXIES (checked
 * again with the rest in lib/env.ts); `--keepAliveTimeout <ms>` as `next start` takes it.
 */

const dir = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({ options: { keepAliveTimeout: { type: 'string' } } });

function settings() {
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
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
  };
}

let config;
try {
  config = settings();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Next forms its own internal addresses from hostname and port, and compares them with those its
// middleware builds on "localhost": any other name (HOSTNAME=127.0.0.1 behind a proxy) makes every
// locale rewrite look like another site's, which Next then proxies to itself over the site's https.
const app = next({ dev: false, dir, hostname: 'localhost', port: config.port });
await app.prepare();
const nextHandler = app.getRequestHandler();
const actionIds = loadActionIds(path.join(dir, '.next/server/server-reference-manifest.json'));

/** @type {import('./lib/http/pipeline.mjs').Handler} */
// Outermost first: the address's length and encoding; who is asking and where the site is; server-action checks;
// the script policy of Next's HTML.
const handler = withAddressCheck(withTrustedForwarding(withActionGuard(withScriptPolicy(nextHandler), { siteOrigin: config.siteOrigin, actionIds }), config));

const server = createServer(async (req, res) => {
  try {
    await handler(req, res);
  } catch (error) {
    console.error(`[server] ${req.method} request failed: ${error instanceof Error ? error.name : 'unknown error'}`);
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    } else res.destroy();
  }
});
if (config.keepAliveTimeout !== undefined) server.keepAliveTimeout = config.keepAliveTimeout;
server.listen(config.port, config.hostname, () => {
  console.log(`Ready on port ${config.port}, serving ${config.siteOrigin}`);
});
