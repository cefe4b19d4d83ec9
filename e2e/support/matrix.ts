import { spawn } from 'node:child_process';
import { expect, test as base, type APIRequestContext, type Locator, type Page, type Request } from '@playwright/test';
import { E2E_OIDC, E2E_PASSWORD, E2E_PORT_OFFSET } from '../accounts';
import { clickWhenHydrated } from './hydration';

/**
 * Tools of the role × action matrix: a server of its own for each test, capture a server action
 * request a real page makes (stopped before the server sees it), and replay it over plain HTTP as
 * someone else, with fields changed if need be.
 */

export interface MatrixOptions {
  /** Where pages live: "" behind the proxy, "/sv" without it (nothing routes "/" to Swedish then). */
  pagePrefix: string;
}

/**
 * Each test's server: on a fresh copy of the seeded database with the matrix accounts, so that tests
 * run side by side on both workers while each compares a database only it writes to. The port is the
 * worker's (3150 + 2 × its index, one more without the proxy).
 */
export const test = base.extend<MatrixOptions & { matrixServer: string }>({
  pagePrefix: ['', { option: true }],
  matrixServer: async ({ pagePrefix }, provide, testInfo) => {
    const port = 3150 + E2E_PORT_OFFSET + 2 * testInfo.parallelIndex + (pagePrefix ? 1 : 0);
    const origin = `http://127.0.0.1:${port}`;
    if (await fetch(`${origin}/api/health`).then(() => true, () => false)) throw new Error(`port ${port} is already in use`);
    const env = {
      ...process.env,
      PORT: String(port),
      SITE_URL: origin,
      PGLITE_DIR: `.data/e2e-matrix-${port}`,
      DATABASE_URL: '',
      NODE_ENV: 'production' as const,
      LOCALE_PROXY: pagePrefix ? 'off' : 'on',
      AUTH_OIDC_ISSUER: E2E_OIDC.issuer,
      AUTH_OIDC_CLIENT_ID: E2E_OIDC.clientId,
      AUTH_OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
      AUTH_OIDC_NAME: E2E_OIDC.name,
    };
    let output = '';
    const prepared = spawn('node', ['--conditions=react-server', '--import', 'tsx', 'e2e/support/prepare-server.ts', 'matrix', env.PGLITE_DIR], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    prepared.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const status = await new Promise((resolve) => prepared.once('exit', resolve));
    if (status !== 0) throw new Error(`preparing the matrix server's database failed:\n${output}`);
    const server = spawn('node', ['server.mjs', '--keepAliveTimeout', '120000'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      // Starting takes what the machine gives it: the limit only catches a hang.
      await expect
        .poll(async () => {
          if (server.exitCode !== null) throw new Error(`the matrix server ended:\n${output}`);
          return fetch(`${origin}/api/health`).then((response) => response.status, () => 0);
        }, { timeout: 300_000 })
        .toBe(200);
      await provide(origin);
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
  },
});

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  fields: [string, string][];
}

/** Clicks `button` on the page and captures the first server action request it sends, which is aborted. */
export async function captureAction(page: Page, button: Locator): Promise<CapturedAction> {
  let captured: Request | null = null;
  const isAction = (request: Request) => request.method() === 'POST' && Boolean(request.headers()['next-action']);
  await page.route('**/*', async (route) => {
    if (captured === null && isAction(route.request())) {
      captured = route.request();
      await route.abort();
    } else {
      await route.fallback();
    }
  });
  await clickWhenHydrated(button);
  await expect.poll(() => captured !== null, { message: 'a server action request was sent' }).toBe(true);
  await page.unroute('**/*');
  const request = captured as unknown as Request;
  const all = await request.allHeaders();
  const form = await new Response(new Uint8Array(request.postDataBuffer() ?? []), { headers: { 'content-type': all['content-type'] ?? '' } }).formData();
  const fields = [...form.entries()].map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : '']);
  // The body is rebuilt on replay, with a boundary of its own; cookies come from whoever replays.
  const headers = Object.fromEntries(Object.entries(all).filter(([name]) => !['cookie', 'content-length', 'content-type', 'host'].includes(name)));
  return { url: request.url(), headers, fields };
}

export interface ActionOutcome {
  status: number;
  /** Where the action sent the browser, if it redirected. */
  redirect: string | null;
  body: string;
}

/**
 * Replays a captured action as the holder of `context`'s cookies. `changes` replace form fields by
 * their name in the form ("email" matches the encoded "_1_email").
 */
export async function replay(context: APIRequestContext, action: CapturedAction, changes: Record<string, string> = {}): Promise<ActionOutcome> {
  const form = new FormData();
  for (const [name, value] of action.fields) {
    // React names a form's fields by the argument they belong to: "_1_email" is the field "email".
    const field = name.replace(/^_?\d+_/, '');
    form.append(name, field in changes && !field.startsWith('$') ? changes[field]! : value);
  }
  const response = await context.post(action.url, { headers: action.headers, multipart: form, maxRedirects: 0 });
  return { status: response.status(), redirect: response.headers()['x-action-redirect'] ?? null, body: await response.text() };
}

/** Signs in through the form at `prefix`/logga-in; without the proxy the page it lands on is a 404, the cookie is what counts. */
export async function signInAt(page: Page, prefix: string, email: string): Promise<void> {
  await page.goto(`${prefix}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  // Signing in checks a password hash, which a busy machine takes a while over: wait for the answer.
  await expect
    .poll(async () => (await page.context().cookies()).some((cookie) => cookie.name.endsWith('authjs.session-token')), { timeout: 120_000 })
    .toBe(true);
}
