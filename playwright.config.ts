import { defineConfig } from '@playwright/test';
import { E2E_FORGED, E2E_OIDC, E2E_PORT_OFFSET, type ServerName } from './e2e/accounts';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import type { MatrixOptions } from './e2e/support/matrix';

/**
 * End-to-end tests in real Chromium against the production build (`next build` runs first, see
 * scripts/test.mjs). App servers, each on its own embedded database: the public record as seeded (with
 * test accounts); the same with the labelled example dataset; one trusting a provider that forges
 * tokens; one for client addresses and the public origin (its own, as its tests exhaust limits); one for
 * the fuzz suite. Beside them, a real OpenID Connect provider and the forging one. The role × action
 * matrix starts a server of its own for each of its tests.
 */

export const PUBLIC_PORT = 3100 + E2E_PORT_OFFSET;
export const EXAMPLE_PORT = 3101 + E2E_PORT_OFFSET;
export const FORGED_IDP_APP_PORT = 3103 + E2E_PORT_OFFSET;
/**
 * A server of its own for the client-address and public-origin tests, which exhaust rate limits and
 * sign-in limits: it trusts ::1 as a proxy, so requests to [::1] come through a "proxy" and those to
 * 127.0.0.1 straight from a client.
 */
export const HARDENING_PORT = 3107 + E2E_PORT_OFFSET;
export const HARDENING_RATE_LIMIT = 20;
/** A server of its own for the fuzz suite's thousands of hostile requests. */
export const FUZZ_PORT = 3108 + E2E_PORT_OFFSET;

/**
 * E2E_SERVERS=public,example starts only those servers (names below), for running a few spec files
 * of those projects; unset, every server starts, as `npm test` needs.
 */
const onlyServers = process.env.E2E_SERVERS?.split(',');
const wanted = (name: string) => !onlyServers || onlyServers.includes(name);
export const PUBLIC_DATA_DIR = '.data/e2e';

/**
 * One run's servers share a database made once (e2e/support/prepare-server.ts): this process and every
 * server it starts see the same run id.
 */
process.env.E2E_RUN_ID ??= String(Date.now());

/**
 * A server on a fresh copy of the seeded database with its accounts (and the example dataset if
 * `example`), prepared in one process; then the server as `npm run serve` starts it after `db:setup`.
 * Each server's public origin is the address its tests browse.
 */
function server(port: number, dataDir: string, name: ServerName, extraEnv: Record<string, string> = {}, siteUrl = `http://127.0.0.1:${port}`, example = false) {
  return {
    // Idle connections stay open longer than any pause in a test: with Node's 5 s default, a request
    // sent on a connection the server is just closing fails with ECONNRESET.
    command: `node --conditions=react-server --import tsx e2e/support/prepare-server.ts ${name} ${dataDir}${example ? ' --example' : ''} && node server.mjs --keepAliveTimeout 120000`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    // Preparing the database and starting takes what the machine gives it: the limit only catches a hang.
    timeout: 600_000,
    env: { PORT: String(port), SITE_URL: siteUrl, PGLITE_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'production', E2E_RUN_ID: process.env.E2E_RUN_ID!, ...extraEnv },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig<MatrixOptions>({
  testDir: './e2e',
  fullyParallel: true,
  // Limits that only catch a hang: on a busy 2-core machine a long test may take minutes, and a page a
  // few seconds to answer; nothing here measures speed.
  timeout: 600_000,
  expect: { timeout: 60_000 },
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  // The longest tests first, so that the short ones fill both workers at the end.
  projects: [
    {
      // Each test starts a server of its own (e2e/support/matrix.ts), with the proxy and without it.
      name: 'matrix',
      testMatch: /action-matrix\.spec\.ts/,
      use: { browserName: 'chromium', pagePrefix: '' },
    },
    {
      // Without the proxy nothing routes "/" to Swedish: pages answer at /sv/…, and only there.
      name: 'matrix-without-proxy',
      testMatch: /action-matrix\.spec\.ts/,
      use: { browserName: 'chromium', pagePrefix: '/sv' },
    },
    {
      name: 'fuzz',
      testMatch: /http-fuzz\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${FUZZ_PORT}`, pagePrefix: '' },
    },
    {
      name: 'public',
      testIgnore: [/(example-[\w-]+|oidc-forged|action-matrix|http-fuzz)\.spec\.ts$/, /[\\/]hardening\.spec\.ts$/],
      // On localhost, as its SITE_URL: Next.js spells a loopback address in a route handler's request
      // as localhost, so Auth.js' return address from the identity provider is on localhost.
      use: { browserName: 'chromium', baseURL: `http://localhost:${PUBLIC_PORT}` },
    },
    {
      name: 'example-data',
      // Every spec file named example-*.spec.ts runs against the example dataset.
      testMatch: /example-[\w-]+\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${EXAMPLE_PORT}` },
    },
    {
      name: 'hardening',
      testMatch: /[\\/]hardening\.spec\.ts$/,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${HARDENING_PORT}` },
    },
    {
      // On localhost, as its SITE_URL (see the public project).
      name: 'forged-idp',
      testMatch: /oidc-forged\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://localhost:${FORGED_IDP_APP_PORT}` },
    },
  ],
  webServer: (
    [
      ['public', {
        command: 'node e2e/support/oidc-provider.mjs',
        url: `${E2E_OIDC.issuer}/.well-known/openid-configuration`,
        reuseExistingServer: false,
        timeout: 120_000,
        env: {
          OIDC_PORT: String(E2E_OIDC.port),
          OIDC_CLIENT_ID: E2E_OIDC.clientId,
          OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
          // The return address is made from the server's SITE_URL.
          OIDC_REDIRECT_URI: `http://localhost:${PUBLIC_PORT}/api/auth/callback/oidc`,
        },
        stdout: 'ignore' as const,
        stderr: 'pipe' as const,
      }],
      ['public', server(PUBLIC_PORT, PUBLIC_DATA_DIR, 'public', {
        AUTH_OIDC_ISSUER: E2E_OIDC.issuer,
        AUTH_OIDC_CLIENT_ID: E2E_OIDC.clientId,
        AUTH_OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
        AUTH_OIDC_NAME: E2E_OIDC.name,
      }, `http://localhost:${PUBLIC_PORT}`)],
      ['example', server(EXAMPLE_PORT, '.data/e2e-example', 'example', {}, undefined, true)],
      ['forged', {
        command: 'node e2e/support/forged-idp.mjs',
        url: `${E2E_FORGED.issuer}/.well-known/openid-configuration`,
        reuseExistingServer: false,
        timeout: 120_000,
        env: { FORGED_IDP_PORT: String(E2E_FORGED.port), FORGED_IDP_CLIENT_ID: E2E_FORGED.clientId },
        stdout: 'ignore' as const,
        stderr: 'pipe' as const,
      }],
      ['forged', server(FORGED_IDP_APP_PORT, '.data/e2e-forged', 'forged', {
        AUTH_OIDC_ISSUER: E2E_FORGED.issuer,
        AUTH_OIDC_CLIENT_ID: E2E_FORGED.clientId,
        AUTH_OIDC_CLIENT_SECRET: E2E_FORGED.clientSecret,
        AUTH_OIDC_NAME: E2E_FORGED.name,
      }, `http://localhost:${FORGED_IDP_APP_PORT}`)],
      ['hardening', server(HARDENING_PORT, '.data/e2e-hardening', 'hardening', {
        TRUSTED_PROXIES: '::1',
        API_RATE_LIMIT_PER_MINUTE: String(HARDENING_RATE_LIMIT),
      })],
      // Thousands of requests from one address: the open-data API's limit would answer most of them 429.
      ['fuzz', server(FUZZ_PORT, '.data/e2e-fuzz', 'fuzz', { API_RATE_LIMIT_PER_MINUTE: '1000000' })],
  ] as const
  )
    .filter(([name]) => wanted(name))
    .map(([, config]) => config),
});
