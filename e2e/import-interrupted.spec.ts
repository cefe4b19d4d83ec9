import { execSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAccountsCommand, E2E_ACCOUNTS, E2E_PORT_OFFSET } from './accounts';
import { expectNoAxeViolations } from './accessibility';
import { signIn } from './support/sign-in';

/**
 * Imports against a server of this file's own, which it can kill: population from SCB's files through
 * the import page, and a large staffing import killed while it is writing. After a restart on the same
 * database, nothing of the interrupted import is there.
 */

// Past the ports of playwright.config.ts's servers (3100–3108), moved by the same offset.
const PORT = 3109 + E2E_PORT_OFFSET;
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, PORT: String(PORT), SITE_URL: BASE, PGLITE_DIR: '.data/e2e-import', DATABASE_URL: '', NODE_ENV: 'production' as const };
const fixture = (name: string) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: fs.readFileSync(path.join(import.meta.dirname, '../tests/fixtures/scb', name)) });
/** Digits of a Swedish number: groups separated by a (no-break) space. */
const n = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, '[\\s\\u00a0\\u202f]');

let server: ChildProcess | null = null;

async function startServer(): Promise<void> {
  fs.mkdirSync('test-results', { recursive: true });
  // Another server on the port would answer the health check in this one's place.
  if (await fetch(`${BASE}/api/health`).then(() => true, () => false)) throw new Error(`port ${PORT} is already in use`);
  const log = fs.openSync('test-results/import-server.log', 'a');
  // Its own process group, so the kill takes npm, the shell and Next at once, as a crash would.
  server = spawn('npm', ['run', 'serve', '--', '--keepAliveTimeout', '120000'], { env, detached: true, stdio: ['ignore', log, log] });
  for (let attempt = 0; attempt < 240; attempt++) {
    const healthy = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error('the import test server did not start; see test-results/import-server.log');
}

function killServer(): void {
  if (server?.pid) process.kill(-server.pid, 'SIGKILL');
  server = null;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  execSync(`npm run db:reset && npm run db:setup && ${createAccountsCommand({ admin: E2E_ACCOUNTS.admin })}`, { env, stdio: 'ignore' });
  await startServer();
});

test.afterAll(() => killServer());

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: BASE })).newPage();
  await signIn(page, E2E_ACCOUNTS.admin.email);
  await page.goto('/administration/import');
  return page;
}

test("SCB's population table, as JSON-stat2 and then as the CSV download, through the import page: public at once, and the second file changes nothing", async ({ browser, request }) => {
  test.slow();
  const gotland2023 = async () => {
    const body = await (await request.get(`${BASE}/api/v1/population?region=09&from=2023&to=2023`)).json();
    return body.data[0] as { residents: number; source: string; sourceStatus: string };
  };
  const before = await gotland2023();
  expect(before.source).not.toContain('BE0101N1');

  const admin = await adminPage(browser);
  await admin.getByLabel('Folkmängd från SCB (tabell BE0101N1)').check();
  await admin.getByLabel('Fil').setInputFiles(fixture('be0101n1-lan-2020-2023.json'));
  await admin.getByRole('button', { name: 'Provkör' }).click();
  // The seeded record has 2020 and 2023 from other copies of SCB's figures: the same numbers, now sourced to the table itself.
  await expect(admin.getByText('0 nya, 0 ändrade siffror, 42 med bara ny källa eller text, 0 oförändrade, 0 lämnade orörda.')).toBeVisible();
  await expect(admin.getByRole('table', { name: 'Samma siffror, ny källa eller text' }).getByRole('row', { name: /Region Gotland 2023/ })).toContainText(new RegExp(`${n('61029')} invånare`));
  expect(await gotland2023()).toEqual(before);
  await expectNoAxeViolations(admin);

  await admin.getByRole('button', { name: 'Importera 42 rader' }).click();
  await expect(admin.getByRole('heading', { name: 'be0101n1-lan-2020-2023.json är importerad.' })).toBeVisible();
  await expect(admin.getByText('Folkmängden är offentlig och de offentliga sidorna är uppdaterade.')).toBeVisible();
  expect(await gotland2023()).toEqual({ ...before, source: expect.stringContaining('BE0101N1'), sourceStatus: 'verified' });

  await admin.getByLabel('Fil').setInputFiles(fixture('be0101n1-lan-2020-2023.csv'));
  await admin.getByRole('button', { name: 'Provkör' }).click();
  await expect(admin.getByText('0 nya, 0 ändrade siffror, 0 med bara ny källa eller text, 42 oförändrade, 2 lämnade orörda.')).toBeVisible();
  await expect(admin.getByRole('table', { name: 'Lämnas orört' })).toContainText('Riket: räknas ut från regionerna');
  await expect(admin.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
});

test('a large staffing import shows its progress, and killing the server while it writes leaves the database as it was', async ({ browser }) => {
  test.setTimeout(900_000);
  // 21 regions × 1 905 days = 40 005 rows (about 3 MB).
  const header = 'regionkod;region;referensdatum;specialister_antal;specialister_heltider;st_lakare_antal;st_lakare_heltider;invanare_med_namngiven_lakare;kalla;kommentar;forklaring';
  const codes = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];
  const lines = [header];
  for (let day = 0; day < 1905; day++) {
    const date = new Date(Date.UTC(2001, 0, 1 + day)).toISOString().slice(0, 10);
    for (const code of codes) lines.push(`${code};;${date};${40 + (day % 7)};38,5;12;11;;Personalsystemet;;`);
  }
  const file = { name: 'stor-bemanning.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') };
  const total = n('40005');

  const admin = await adminPage(browser);
  await admin.getByLabel('Bemanning från mallen').check();
  await admin.getByLabel('Fil').setInputFiles(file);
  await admin.getByRole('button', { name: 'Provkör' }).click();
  await expect(admin.getByText(new RegExp(`^${total} nya, 0 ändrade`))).toBeVisible({ timeout: 120_000 });
  await expect(admin.getByText(new RegExp(`^Visar de första 500 av ${total}\\.$`))).toBeVisible();

  await admin.getByRole('button', { name: new RegExp(`^Importera ${total} rader$`) }).click();
  // The progress while it writes: some rows saved, not all.
  const progress = admin.getByRole('status').filter({ hasText: /Sparar:/ });
  await expect(progress).toHaveText(new RegExp(`Sparar: [1-9][\\d\\s\\u00a0\\u202f]* av ${total} rader`), { timeout: 120_000 });
  expect(await progress.innerText()).not.toMatch(new RegExp(`Sparar: ${total} av`));
  killServer();
  await expect(admin.locator('p[role=alert]')).toHaveText('Importen kunde inte genomföras just nu. Ingenting importerades. Försök igen om en stund.');

  // Restarted on the same database: the same file is still entirely new, and the audit trail has no import.
  await startServer();
  const again = await adminPage(browser);
  await again.getByLabel('Bemanning från mallen').check();
  await again.getByLabel('Fil').setInputFiles(file);
  await again.getByRole('button', { name: 'Provkör' }).click();
  await expect(again.getByText(new RegExp(`^${total} nya, 0 ändrade siffror, 0 med bara ny källa eller text, 0 oförändrade`))).toBeVisible({ timeout: 120_000 });
  const audit = await again.request.get('/api/audit?entity=staffing_report');
  expect(audit.status()).toBe(200);
  expect((await audit.text()).trim().split('\n')).toHaveLength(1);
});
