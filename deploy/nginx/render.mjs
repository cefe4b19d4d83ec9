#!/usr/bin/env node
/**
 * Renders deploy/nginx/uppfoljning.conf.template for one site:
 *
 *   npm run deploy:nginx -- --site-url https://uppfoljning.example.se --instance 127.0.0.1:3001 \
 *     --instance 127.0.0.1:3002 --certificate /etc/ssl/certs/site.pem --certificate-key /etc/ssl/private/site.key \
 *     > /etc/nginx/conf.d/uppfoljning.conf
 *
 * The cluster test renders the same template the same way, so what ships is what is tested.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'uppfoljning.conf.template');

const ADDRESS = /^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:.]+\]:\d{1,5}$|^unix:\/[^\s;{}]+$/;
const FILE = /^\/[^\s;{}'"]+$/;

/**
 * @param {{ siteUrl: string, instances: string[], certificate: string, certificateKey: string,
 *   cacheDir?: string, httpsListen?: string, httpListen?: string }} options
 */
export function renderNginxConfig(options) {
  const site = new URL(options.siteUrl);
  if (site.protocol !== 'https:' || site.pathname !== '/' || site.search || site.username) {
    throw new Error(`--site-url must be an https origin such as https://uppfoljning.example.se, not "${options.siteUrl}".`);
  }
  if (options.instances.length === 0) throw new Error('Name at least one app instance (--instance 127.0.0.1:3001).');
  for (const instance of options.instances) if (!ADDRESS.test(instance)) throw new Error(`--instance must be host:port or unix:/path, not "${instance}".`);
  const cacheDir = options.cacheDir ?? '/var/cache/nginx/uppfoljning';
  for (const [name, file] of Object.entries({ certificate: options.certificate, 'certificate-key': options.certificateKey, 'cache-dir': cacheDir })) {
    if (!FILE.test(file ?? '')) throw new Error(`--${name} must be an absolute path without spaces, not "${file ?? ''}".`);
  }
  const values = {
    UPSTREAM_SERVERS: options.instances.map((instance) => `    server ${instance} max_fails=1 fail_timeout=5s;`).join('\n'),
    CACHE_DIR: cacheDir,
    SERVER_NAME: site.hostname,
    SITE_URL: site.origin,
    HTTPS_LISTEN: options.httpsListen ?? (site.port || '443'),
    HTTP_LISTEN: options.httpListen ?? '80',
    CERTIFICATE: options.certificate,
    CERTIFICATE_KEY: options.certificateKey,
  };
  const rendered = fs.readFileSync(TEMPLATE, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (placeholder, name) => {
    if (!(name in values)) throw new Error(`The template names an unknown value ${placeholder}.`);
    return values[name];
  });
  return rendered;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { values } = parseArgs({
      options: {
        'site-url': { type: 'string' },
        instance: { type: 'string', multiple: true, default: [] },
        certificate: { type: 'string' },
        'certificate-key': { type: 'string' },
        'cache-dir': { type: 'string' },
        'https-listen': { type: 'string' },
        'http-listen': { type: 'string' },
      },
    });
    process.stdout.write(
      renderNginxConfig({
        siteUrl: values['site-url'] ?? '',
        instances: values.instance,
        certificate: values.certificate ?? '',
        certificateKey: values['certificate-key'] ?? '',
        cacheDir: values['cache-dir'],
        httpsListen: values['https-listen'],
        httpListen: values['http-listen'],
      }),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
