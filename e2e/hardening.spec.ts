import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { HARDENING_PORT, HARDENING_RATE_LIMIT } from '../playwright.config';
import { E2E_ACCOUNTS } from './accounts';
import { signIn } from './support/sign-in';

/**
 * Client addresses and the public origin, on a server of its own (playwright.config.ts) that trusts
 * ::1 as a proxy: requests to 127.0.0.1 come straight from a client, those to [::1] through a proxy.
 * Serial: the last test locks 127.0.0.1 out of signing in.
 */
test.describe.configure({ mode: 'serial' });

const SITE = `http://127.0.0.1:${HARDENING_PORT}`;
const VIA_PROXY = `http://[::1]:${HARDENING_PORT}`;
const run = Date.now().toString(36);

/** Another made-up client address on every call. */
let counter = 0;
const anyAddress = () => `198.51.${100 + (Math.floor(counter / 250) % 100)}.${(counter++ % 250) + 1}`;

/** The sign-in form's action in this build, so that only the check under test can refuse it. */
function signInActionId(): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === 'signInAction')?.[0];
  if (!id) throw new Error('The build has no sign-in action.');
  return id;
}

/** Multipart parts as React sends them; the sign-in form's by default. */
const multipart = (parts: [string, string][]) =>
  `${parts.map(([name, value]) => `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('')}--XX--\r\n`;
const signInForm = (email: string) =>
  multipart([['_1_locale', 'sv'], ['_1_email', email], ['_1_password', 'fel lösenord, helt fel'], ['0', '[{"summary":null,"fields":{},"email":""},"$K1"]']]);

const action = (request: APIRequestContext, headers: Record<string, string>, data: string | Buffer = signInForm(`formular.${run}@region.example`)) =>
  request.post('/logga-in', {
    headers: { 'next-action': signInActionId(), origin: SITE, 'content-type': 'multipart/form-data; boundary=XX', ...headers },
    data,
    failOnStatusCode: false,
  });

/** Until the answer is 429 (the bucket refills slowly, so a slow run only takes a few more requests). */
async function requestsUntilLimited(send: () => Promise<number>): Promise<number> {
  for (let sent = 1; sent <= HARDENING_RATE_LIMIT * 3; sent += 1) {
    if ((await send()) === 429) return sent;
  }
  return Number.POSITIVE_INFINITY;
}

/** A failed sign-in through the form, the browser claiming `claimed` as its address. */
async function failSignIn(page: Page, email: string, claimed: string): Promise<string> {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': claimed });
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill('fel lösenord, helt fel');
  const answered = page.waitForResponse((response) => response.request().method() === 'POST', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await answered;
  return (await page.locator('#sign-in-summary').textContent({ timeout: 120_000 })) ?? '';
}

test('a client rotating X-Forwarded-For is still one client: the API limits it', async ({ request }) => {
  const sent = await requestsUntilLimited(async () => (await request.get('/api/v1/regions', { headers: { 'x-forwarded-for': anyAddress() } })).status());
  expect(sent).toBeLessThanOrEqual(HARDENING_RATE_LIMIT * 3);
});

test('behind a trusted proxy the forwarded client is believed: each client has a limit of its own', async ({ request }) => {
  const first = anyAddress();
  const sent = await requestsUntilLimited(async () => (await request.get(`${VIA_PROXY}/api/v1/regions`, { headers: { 'x-forwarded-for': first } })).status());
  expect(sent).toBeLessThanOrEqual(HARDENING_RATE_LIMIT * 3);
  // Another client behind the same proxy, naming itself as the proxy appends it.
  const other = await request.get(`${VIA_PROXY}/api/v1/regions`, { headers: { 'x-forwarded-for': `${first}, ${anyAddress()}` } });
  expect(other.status()).toBe(200);
});

test('the API citation and a download’s view address name the configured site, whatever the Host said', async ({ request }) => {
  const headers = { 'x-forwarded-for': anyAddress(), 'x-forwarded-host': 'evil.example' };
  const api = await request.get(`${VIA_PROXY}/api/v1/regions`, { headers });
  expect(api.status()).toBe(200);
  const citation = ((await api.json()) as { meta: { citation: string } }).meta.citation;
  expect(citation).toContain(`${SITE}/api/v1/regions`);

  const download = await request.get(`${VIA_PROXY}/api/download?view=table&format=csv&lang=sv`, { headers });
  expect(download.status()).toBe(200);
  const csv = await download.text();
  expect(csv).toContain(`${SITE}/?view=table`);
  expect(csv).not.toMatch(/evil\.example|localhost|\[::1\]/);
});

test('server actions: another origin 403, an unknown action 4xx, a body over 1 MB 413, a malformed one 400 — never 500', async ({ request }) => {
  // The form as the browser sends it goes through.
  expect((await action(request, {})).status()).toBe(200);

  // Origin and X-Forwarded-Host agreeing is what Next.js itself checks; the site's origin is what counts.
  const forged = await action(request, { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).not.toMatch(/evil|Error|at .*\.js/);
  expect((await action(request, { origin: 'null' })).status()).toBe(403);
  // So is a form posted without JavaScript (its action named in the body).
  const withoutScript = await request.post('/logga-in', { headers: { origin: 'http://evil.example', 'content-type': 'multipart/form-data; boundary=XX' }, data: multipart([['a', 'b']]) });
  expect(withoutScript.status()).toBe(403);

  const unknown = await action(request, { 'next-action': '7f'.padEnd(42, '0') });
  expect(unknown.status()).toBeGreaterThanOrEqual(400);
  expect(unknown.status()).toBeLessThan(500);

  expect((await action(request, {}, Buffer.alloc(2 * 1024 * 1024, 'a'))).status()).toBe(413);
  // A chunked body has no length to check: it is cut off at 1 MB.
  const chunked = await fetch(`${SITE}/logga-in`, {
    method: 'POST',
    headers: { 'next-action': signInActionId(), origin: SITE, 'content-type': 'multipart/form-data; boundary=XX' },
    body: new ReadableStream({
      start(controller) {
        for (let i = 0; i < 32; i += 1) controller.enqueue(new Uint8Array(64 * 1024).fill(97));
        controller.close();
      },
    }),
    duplex: 'half',
  } as RequestInit);
  expect(chunked.status).toBe(413);

  for (const [contentType, body] of [
    ['text/plain;charset=UTF-8', 'this is not what a form sends'],
    ['text/plain;charset=UTF-8', '[]'],
    ['application/json', '{}'],
    ['multipart/form-data', multipart([['0', '["$K1"]']])],
  ]) {
    expect((await action(request, { 'content-type': contentType ?? '' }, body)).status(), `${contentType}: ${body}`).toBe(415);
  }
  for (const body of ['no parts at all', multipart([['0', '{broken']]), multipart([['0', '[]']]), multipart([['0', '["$Q99","$K1"]']])]) {
    expect((await action(request, {}, body)).status(), body).toBe(400);
  }
  // Well-formed, but not the arguments the action takes (its form where its state goes, a number for
  // the form): the action reads an empty form and refuses it like any incomplete one.
  for (const row of ['["$K1"]', '[{"summary":null,"fields":{},"email":""},2]', '["$K1","$K1"]']) {
    const body = multipart([['_1_email', 'a@b.example'], ['0', row]]);
    const answer = await action(request, {}, body);
    expect(answer.status(), row).toBeLessThan(500);
    expect(await answer.text(), row).not.toMatch(/Internal Server Error|at .*\.js/);
  }
});

test('an address too long to echo safely gets 414, one that does not decode 400, and one within the limits still answers', async ({ request }) => {
  const long = await request.get(`/administration/konton/${encodeURIComponent('å'.repeat(500))}`, { maxRedirects: 0 });
  expect(long.status()).toBe(414);
  expect(await long.text()).toContain('The address is too long.');
  expect((await request.get(`/region/${'x'.repeat(1500)}`, { maxRedirects: 0 })).status()).toBe(404);
  // Half of a surrogate pair's bytes (not UTF-8), and a percent sign that Next.js would decode a second time.
  for (const path of ['/region/%ED%A0%80', '/embed/sv/%ED%A0%80', '/rapportera/beslut/a%25Fk', '/region/62Z%26T%25%60%20a(']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
  }
  expect((await request.get('/region/01', { maxRedirects: 0 })).status()).toBe(200);
});

test('the audit trail records the address the request came from, not the one it claimed', async ({ page }) => {
  const email = `okand.${run}@region.example`;
  await page.goto('/logga-in');
  await failSignIn(page, email, '203.0.113.66');
  await page.setExtraHTTPHeaders({});
  await signIn(page, E2E_ACCOUNTS.admin.email);
  const exported = await page.request.get(`/api/audit?who=${encodeURIComponent(email)}`);
  expect(exported.status()).toBe(200);
  const csv = await exported.text();
  expect(csv).toContain('unknown_account');
  expect(csv).toContain('127.0.0.1');
  expect(csv).not.toContain('203.0.113.66');
});

test('signing out with a forged X-Forwarded-Host returns to the configured site', async ({ page }) => {
  await signIn(page, E2E_ACCOUNTS.admin.email);
  await page.setExtraHTTPHeaders({ 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
  const answered = page.waitForResponse((response) => response.request().method() === 'POST', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Logga ut' }).click();
  const answer = await answered;
  expect(`${answer.headers()['location'] ?? ''} ${answer.headers()['x-action-redirect'] ?? ''}`).not.toContain('evil.example');
  await expect(page).toHaveURL(`${SITE}/logga-in?signedOut`, { timeout: 120_000 });
});

test('failed sign-ins rotating X-Forwarded-For still lock the address', async ({ page }) => {
  test.setTimeout(900_000);
  await page.goto('/logga-in');
  // One address may fail 30 times in 15 minutes; each attempt names another account and address (a
  // few more tries than 31 in case the message read is the one before the latest answer).
  let message = '';
  for (let attempt = 0; attempt < 35 && !message.includes('För många'); attempt += 1) {
    message = await failSignIn(page, `gissning.${run}.${attempt}@region.example`, anyAddress());
  }
  expect(message).toContain('För många misslyckade försök');
});
