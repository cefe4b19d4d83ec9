import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { expectNoAxeViolations } from './accessibility';
import { signedInPage } from './support/sign-in';

test('an administrator downloads the staffing template, fills it in, sees every error by row and column, corrects it, and imports it as approved reports after a dry run', async ({ browser }) => {
  test.slow();
  const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
  await admin.getByRole('link', { name: 'Importera filer' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Importera filer' })).toBeVisible();
  await expectNoAxeViolations(admin);

  // The template, as Excel: one row per region under the template's header.
  const download = admin.waitForEvent('download');
  await admin.getByRole('link', { name: 'Excel (XLSX)' }).click();
  const workbook = new ExcelJS.Workbook();
  const chunks: Buffer[] = await (await (await download).createReadStream()).toArray();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Bemanning')!;
  expect(sheet.getRow(1).values).toEqual([undefined, 'regionkod', 'region', 'referensdatum', 'specialister_antal', 'specialister_heltider', 'st_lakare_antal', 'st_lakare_heltider', 'invanare_med_namngiven_lakare', 'kalla', 'kommentar', 'forklaring']);
  const rowOf = (code: string) => sheet.getColumn(1).values.findIndex((value) => value === code);
  expect(sheet.getRow(rowOf('20')).getCell(2).value).toBe('Region Dalarna');
  expect(workbook.getWorksheet('Anvisningar')).toBeDefined();

  // Dalarna correct; Gävleborg with a bad date and more full-time equivalents than people, unexplained.
  sheet.getRow(rowOf('20')).values = ['20', 'Region Dalarna', '2024-12-31', 70, 64.5, 25, 23, null, 'Personalsystemet'];
  sheet.getRow(rowOf('21')).values = ['21', 'Region Gävleborg', '2024-12-32', 50, 60, 20, 18, null, 'Personalsystemet'];
  const file = async () => ({ name: 'bemanning.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });

  // Nothing chosen: the errors stand at their fields.
  await admin.getByRole('button', { name: 'Provkör' }).click();
  await expect(admin.locator('#kind-error')).toHaveText('Välj vad filen innehåller.');
  await expect(admin.locator('#file-error')).toHaveText('Välj en fil.');
  await expect(admin.getByLabel('Fil')).toHaveAttribute('aria-invalid', 'true');

  await admin.getByLabel('Bemanning från mallen').check();
  await admin.getByLabel('Fil').setInputFiles(await file());
  await admin.getByRole('button', { name: 'Provkör' }).click();
  await expect(admin.getByRole('heading', { name: 'Provkörning av bemanning.xlsx: ingenting är sparat ännu.' })).toBeVisible();
  const issues = admin.getByRole('table', { name: /fel: ingenting kan importeras/ });
  await expect(issues.getByRole('row', { name: new RegExp(`^${rowOf('21')} referensdatum`) })).toContainText('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-12-31.');
  await expect(admin.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
  await expectNoAxeViolations(admin);

  sheet.getRow(rowOf('21')).values = ['21', 'Region Gävleborg', '2024-12-31', 50, 60, 20, 18, null, 'Personalsystemet'];
  await admin.getByLabel('Fil').setInputFiles(await file());
  await admin.getByRole('button', { name: 'Provkör' }).click();
  await expect(admin.getByRole('table', { name: /fel: ingenting kan importeras/ }).getByRole('row', { name: new RegExp(`^${rowOf('21')} forklaring`) })).toContainText(
    'Heltidsekvivalenterna är fler än antalet personer.',
  );

  sheet.getRow(rowOf('21')).values = ['21', 'Region Gävleborg', '2024-12-31', 50, 60, 20, 18, null, 'Personalsystemet', null, 'Många deltidsanställda arbetar övertid.'];
  await admin.getByLabel('Fil').setInputFiles(await file());
  await admin.getByRole('button', { name: 'Provkör' }).click();
  await expect(admin.getByText('2 nya, 0 ändrade siffror, 0 med bara ny källa eller text, 0 oförändrade, 19 lämnade orörda.')).toBeVisible();
  const rows = admin.getByRole('table', { name: 'Siffror som ändras' });
  await expect(rows.getByRole('row', { name: /Region Dalarna/ })).toContainText('Läggs till');
  await expect(rows.getByRole('row', { name: /Region Dalarna/ })).toContainText('Specialister 64,5 heltider (70 personer)');

  // Nothing is in the review queue before the import.
  const review = await (await browser.newContext({ storageState: await admin.context().storageState() })).newPage();
  await review.goto('/administration/granskning');
  await expect(review.getByTestId('review-approved').getByRole('row', { name: /Region Dalarna/ })).toHaveCount(0);

  await admin.getByRole('button', { name: 'Importera 2 rader' }).click();
  await expect(admin.getByRole('heading', { name: 'bemanning.xlsx är importerad.' })).toBeVisible();
  await expect(admin.getByText('Bemanningen är godkänd och väntar på publicering i granskningen.')).toBeVisible();

  await review.reload();
  await expect(review.getByTestId('review-approved').getByRole('row', { name: /Region Dalarna/ })).toContainText('2024-12-31');
  await expect(review.getByTestId('review-approved').getByRole('row', { name: /Region Gävleborg/ })).toContainText('Många deltidsanställda arbetar övertid.');

  // The same file again: nothing new, and no import button.
  await admin.getByRole('button', { name: 'Provkör' }).click();
  await expect(admin.getByText('0 nya, 0 ändrade siffror, 0 med bara ny källa eller text, 2 oförändrade, 19 lämnade orörda.')).toBeVisible();
  await expect(admin.getByRole('button', { name: /^Importera/ })).toHaveCount(0);

  // The audit trail names the import and each report.
  await admin.goto('/administration/logg');
  await expect(admin.getByRole('row', { name: /importerad Filimport/ }).first()).toBeVisible();
  await expect(admin.getByRole('row', { name: /importerad Bemanningsrapport/ })).toHaveCount(2);
});

test('the template is the same for everyone, and editors and the signed-out cannot import or follow an import', async ({ browser, request }) => {
  const csv = await request.get('/api/import/template?format=csv&lang=sv');
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe('\uFEFFregionkod;region;referensdatum;specialister_antal;specialister_heltider;st_lakare_antal;st_lakare_heltider;invanare_med_namngiven_lakare;kalla;kommentar;forklaring');
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(22);
  expect((await request.get('/api/import/template?format=pdf')).status()).toBe(400);

  const form = { kind: 'population', mode: 'preview', file: { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('"region","2023"\n"09 Gotlands län",61029\n') } };
  const signedOut = await request.post('/api/import', { multipart: form });
  expect(signedOut.status()).toBe(401);
  expect((await request.get('/api/import/progress?token=0b0e4f7e-5a8e-4c1e-9a7e-2f1d3c4b5a6e')).status()).toBe(401);

  const editor = await signedInPage(browser, E2E_ACCOUNTS.gotland.email);
  expect((await editor.request.post('/api/import', { multipart: form })).status()).toBe(403);
  expect((await editor.request.get('/api/import/progress?token=0b0e4f7e-5a8e-4c1e-9a7e-2f1d3c4b5a6e')).status()).toBe(403);
  await editor.goto('/administration/import');
  await expect(editor.getByText('Sidan är bara för Socialstyrelsens administratörer.')).toBeVisible();
  await expect(editor.getByLabel('Fil')).toHaveCount(0);

  // An administrator's request from another site is refused before anything is read.
  const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
  expect((await admin.request.post('/api/import', { multipart: form, headers: { Origin: 'https://elak.example' } })).status()).toBe(403);
  const own = await admin.request.post('/api/import', { multipart: form });
  expect(own.status()).toBe(200);
  expect((await own.json()).report.counts).toMatchObject({ issues: 0 });
});
