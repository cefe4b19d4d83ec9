import fs from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { createAccountsCommand, E2E_ACCOUNTS, E2E_PASSWORD, E2E_PORT_OFFSET } from '../../e2e/accounts';
import { signIn } from '../../e2e/support/sign-in';
import { startCluster } from '../../scripts/local-cluster.mjs';

/**
 * The deployment of deploy/ on one machine: PostgreSQL, instances A and B (`npm run serve`, started at
 * once) and nginx with the shipped configuration in front, over TLS. What an operator relies on: a
 * change made through one instance is public through the other and through the proxy within seconds;
 * limits are the cluster's, not an instance's; losing an instance loses no request.
 */

const PORTS = { https: 3150, http: 3151, instances: [3152, 3153], postgres: 3154 };
const ports = {
  https: PORTS.https + E2E_PORT_OFFSET,
  http: PORTS.http + E2E_PORT_OFFSET,
  instances: PORTS.instances.map((port) => port + E2E_PORT_OFFSET),
  postgres: PORTS.postgres + E2E_PORT_OFFSET,
};
const admin = E2E_ACCOUNTS.admin;
const lockable = { email: 'kluster.lås@region.example', name: 'Lars Låsning', role: 'editor', region: '14' } as const;

type Cluster = Awaited<ReturnType<typeof startCluster>>;
let cluster: Cluster;
/** Requests straight to instance A and B, and through nginx. */
let direct: APIRequestContext[];
let proxy: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(1_800_000);
  cluster = await startCluster({
    ports,
    prepare: `npm run --silent db:setup && ${createAccountsCommand({ admin, lockable })}`,
    // Every request of the load below comes from one address.
    env: { API_RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  direct = await Promise.all(cluster.instanceOrigins.map((baseURL) => playwrightRequest.newContext({ baseURL })));
  proxy = await playwrightRequest.newContext({ baseURL: cluster.site, ignoreHTTPSErrors: true });
});

test.afterAll(async () => {
  await Promise.all([...(direct ?? []), proxy].map((context) => context?.dispose()));
  await cluster?.stop();
});

test('nginx caches public answers, compresses them, and never stores a signed-in one; plain http goes to the site', async () => {
  // Two requests in a row: the second is the stored copy (fresh, or on a slow machine the copy of a
  // second ago while nginx fetches the next).
  await proxy.get('/tillganglighet');
  const cached = await proxy.get('/tillganglighet');
  expect(cached.status()).toBe(200);
  expect(['HIT', 'STALE', 'UPDATING']).toContain(cached.headers()['x-cache']);
  expect(cached.headers()['strict-transport-security']).toContain('max-age=');

  const compressed = await proxy.get('/api/v1/regions', { headers: { 'accept-encoding': 'gzip' } });
  expect(compressed.headers()['content-encoding']).toBe('gzip');
  expect((await compressed.json()).data).toHaveLength(21);

  // With a session cookie: to the app every time, and not stored for anyone else.
  for (let i = 0; i < 3; i++) {
    const signedIn = await proxy.get('/tillganglighet', { headers: { cookie: '__Secure-authjs.session-token=someone' } });
    expect(signedIn.headers()['x-cache']).toBe('BYPASS');
  }
  // A private answer (the sign-in page) is never stored.
  await proxy.get('/logga-in');
  expect(['MISS', 'BYPASS', undefined]).toContain((await proxy.get('/logga-in')).headers()['x-cache']);

  const plain = await fetch(`${cluster.httpOrigin}/region/09?x=1`, { redirect: 'manual' });
  expect(plain.status).toBe(308);
  expect(plain.headers.get('location')).toBe(`${cluster.site}/region/09?x=1`);
});

/** Gotland's 2023 population as the open-data API gives it. */
async function gotland2023(context: APIRequestContext): Promise<number> {
  const answer = await context.get('/api/v1/population?region=09&from=2023&to=2023');
  expect(answer.status()).toBe(200);
  return (await answer.json()).data[0].residents as number;
}

/** Polls until `check` holds; returns the seconds it took (a limit only catches a change that never arrives). */
async function secondsUntil(check: () => Promise<boolean>, limitMs = 15_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`not seen within ${limitMs / 1000} s`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return (Date.now() - started) / 1000;
}

test('an import through instance A, and a publication, are public through both instances and through nginx within seconds', async ({ browser }) => {
  // The real sign-in flow, through nginx; the session cookie then goes straight to instance A.
  // The browser claims an address of its own: nginx replaces it with the one it saw.
  const page = await (await browser.newContext({ baseURL: cluster.site, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.9' } })).newPage();
  await signIn(page, admin.email, E2E_PASSWORD);
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const [a, b] = direct as [APIRequestContext, APIRequestContext];
  const audit = await (await a.get('/api/audit', { headers: { cookie } })).text();
  const signIns = audit.split('\n').filter((line) => line.includes('sign_in'));
  expect(signIns.at(-1)).toContain('127.0.0.1');
  expect(audit).not.toContain('203.0.113.9');

  const before = await gotland2023(b);
  // Every cache holds the old figure: B's pages and API, and nginx's copy.
  for (let i = 0; i < 3; i++) {
    expect(await gotland2023(b)).toBe(before);
    expect(await gotland2023(proxy)).toBe(before);
  }
  const original = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/scb/be0101n1-lan-2020-2023.csv'));
  const changed = Buffer.from(original.toString('latin1').replace(/("09 Gotlands l.n",\d+,)(\d+)/, (_, head, value) => `${head}${Number(value) + 2}`), 'latin1');
  expect(changed.equals(original)).toBe(false);
  const send = (mode: 'preview' | 'commit', plan?: { digest: string; fingerprint: string }) =>
    a.post('/api/import', {
      headers: { origin: cluster.site, cookie },
      multipart: { kind: 'population', mode, file: { name: 'folkmangd.csv', mimeType: 'text/csv', buffer: changed }, ...(plan ?? {}) },
    });
  const preview = await send('preview');
  expect(preview.status()).toBe(200);
  const { report } = await preview.json();
  expect(report.counts.change).toBe(1);
  const committed = await send('commit', { digest: report.digest, fingerprint: report.fingerprint });
  expect(committed.status()).toBe(200);

  const onB = await secondsUntil(async () => (await gotland2023(b)) === before + 2);
  const throughNginx = await secondsUntil(async () => (await gotland2023(proxy)) === before + 2);
  console.log(`[cluster] imported through A: seen through B after ${onB.toFixed(1)} s, through nginx after ${throughNginx.toFixed(1)} s`);

  // A publication, made through whichever instance nginx picks: both instances' pages show it.
  const staffing = Buffer.from(
    'regionkod;region;referensdatum;specialister_antal;specialister_heltider;st_lakare_antal;st_lakare_heltider;invanare_med_namngiven_lakare;kalla;kommentar;forklaring\r\n' +
      '09;Region Gotland;2026-06-30;40;36,5;14;13;;Regionens personalsystem;;\r\n',
    'utf8',
  );
  const importStaffing = (mode: 'preview' | 'commit', plan?: { digest: string; fingerprint: string }) =>
    a.post('/api/import', { headers: { origin: cluster.site, cookie }, multipart: { kind: 'staffing', mode, file: { name: 'bemanning.csv', mimeType: 'text/csv', buffer: staffing }, ...(plan ?? {}) } });
  const staffingPlan = (await (await importStaffing('preview')).json()).report;
  expect((await importStaffing('commit', { digest: staffingPlan.digest, fingerprint: staffingPlan.fingerprint })).status()).toBe(200);
  const staffingRow = async (context: APIRequestContext) => /2026-06-30/.test(await (await context.get('/region/09')).text());
  // Rendered and stored on both instances and in nginx before the change.
  for (const context of [a, b, proxy, proxy]) expect(await staffingRow(context)).toBe(false);

  await page.goto('/administration/granskning');
  await page.getByTestId('review-approved').getByRole('checkbox', { name: /Bemanning 2026-06-30 från Region Gotland/ }).check();
  await page.getByRole('button', { name: 'Publicera valda' }).click();
  // Publishing asks first, naming how many records it makes public.
  await page.getByRole('button', { name: 'Ja, publicera 1 uppgift' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De valda uppgifterna är publicerade och syns nu för alla.' })).toBeVisible();
  const seen = await Promise.all([a, b, proxy].map((context) => secondsUntil(() => staffingRow(context))));
  console.log(`[cluster] published through the site: the region page shows it on A after ${seen[0]!.toFixed(1)} s, on B after ${seen[1]!.toFixed(1)} s, through nginx after ${seen[2]!.toFixed(1)} s`);
});

test('failed sign-ins on both instances count toward one lock, which the other instance enforces too', async () => {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, { exportedName?: string }> };
  const actionId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === 'signInAction')?.[0];
  expect(actionId).toBeTruthy();
  const attempt = async (context: APIRequestContext, password: string) => {
    const parts: [string, string][] = [['_1_locale', 'sv'], ['_1_email', lockable.email], ['_1_password', password], ['0', '[{"summary":null,"fields":{},"email":""},"$K1"]']];
    const body = `${parts.map(([name, value]) => `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('')}--XX--\r\n`;
    const answer = await context.post('/logga-in', { headers: { 'next-action': actionId!, origin: cluster.site, 'content-type': 'multipart/form-data; boundary=XX' }, data: Buffer.from(body) });
    expect(answer.status()).toBe(200);
    return answer.text();
  };
  // Five failures per account in 15 minutes, split between the instances (A, B, A, B, A).
  for (let failure = 0; failure < 5; failure++) expect(await attempt(direct[failure % 2]!, 'fel lösenord, helt fel')).toContain('Fel e-postadress eller lösenord');
  // B has seen only two of them, and still refuses the sixth, even with the right password.
  expect(await attempt(direct[1]!, 'fel lösenord, helt fel')).toContain('För många misslyckade försök');
  expect(await attempt(direct[1]!, E2E_PASSWORD)).toContain('För många misslyckade försök');
});

test('kill -9 of one instance under load: nginx keeps answering, and no request fails', async () => {
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let stop = false;
  let sent = 0;
  // The readiness check is never stored, so each goes to an instance; pages and API answers are
  // stored for a second, then fetched again.
  const codes = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];
  const paths = ['/api/health', '/region/', '/api/health', '/api/v1/population?region='];
  const worker = async () => {
    while (!stop) {
      const target = paths[sent % paths.length]!;
      const url = target.endsWith('/') || target.endsWith('=') ? `${target}${codes[sent % codes.length]}` : target;
      sent += 1;
      try {
        const answer = await proxy.get(url, { timeout: 60_000 });
        statuses.set(answer.status(), (statuses.get(answer.status()) ?? 0) + 1);
        if (answer.status() !== 200) failures.push(`${url}: ${answer.status()}`);
      } catch (error) {
        failures.push(`${url}: ${error instanceof Error ? error.message : error}`);
      }
    }
  };
  const workers = Array.from({ length: 8 }, () => worker());
  // Under way on both instances first, then B is killed as a crash would, with requests in flight.
  await expect.poll(() => sent, { timeout: 300_000 }).toBeGreaterThan(100);
  await cluster.killInstance(1);
  const afterKill = sent;
  await expect.poll(() => sent - afterKill, { timeout: 300_000 }).toBeGreaterThan(300);
  stop = true;
  await Promise.all(workers);
  console.log(`[cluster] ${sent} requests through nginx, instance B killed after ${afterKill}: ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(failures).toEqual([]);
  // And B comes back (as its unit restarts it) to serve again.
  await cluster.startInstance(1);
  expect((await direct[1]!.get('/api/health')).status()).toBe(200);
});
