import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_ACCOUNTS, E2E_PASSWORD } from './accounts';
import { expectNoAxeViolations } from './accessibility';
import { signedInPage } from './support/sign-in';
import { fillRoundForm } from './support/rounds';
import { fillStaffingForm } from './support/staffing';

test.describe('Socialstyrelsen administers accounts', () => {
  test('an administrator creates an editor; a change of region applies on the editor’s next page; deactivation signs the editor out at once; each step is in the audit trail and its export', async ({ browser }) => {
    // Two people in two browsers, many pages: more than the default time on a busy two-core machine.
    test.slow();
    const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
    await admin.getByRole('link', { name: 'Hantera konton' }).click();
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Konton');
    await expectNoAxeViolations(admin);

    // Mistakes are pointed out at their fields; nothing is created.
    await admin.getByRole('link', { name: 'Skapa ett nytt konto' }).click();
    await admin.getByLabel('E-postadress').fill('sara.skaning');
    await admin.getByLabel('Namn').fill('Sara Skåning');
    await admin.getByRole('button', { name: 'Skapa kontot' }).click();
    await expect(admin.locator('#email-error')).toHaveText('Skriv en e-postadress, till exempel namn@region.se.');
    await expect(admin.locator('#regionCode-error')).toHaveText('En rapportör måste höra till en region.');
    await expect(admin.locator('#password-error')).toHaveText('Ange ett lösenord eller en identitet hos organisationens inloggning.');
    await expectNoAxeViolations(admin);

    const email = 'sara.skaning@region.example';
    await admin.getByLabel('E-postadress').fill(email);
    await admin.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Skåne' });
    await admin.getByLabel('Lösenord').fill(E2E_PASSWORD);
    await admin.getByRole('button', { name: 'Skapa kontot' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Kontot är skapat.' })).toBeVisible();
    const row = admin.getByRole('row', { name: /Sara Skåning/ });
    await expect(row).toContainText('Region Skåne');
    await expect(row).toContainText('Aktivt');
    await expect(row).toContainText('Aldrig');

    const editor = await signedInPage(browser, email);
    await editor.goto('/rapportera');
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Rapportera för Region Skåne');

    // A new region applies to the editor's very next page.
    await row.getByRole('link', { name: 'Sara Skåning' }).click();
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Konto: Sara Skåning');
    await expectNoAxeViolations(admin);
    await admin.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Västerbotten' });
    await admin.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Kontot är sparat.' })).toBeVisible();
    await editor.reload();
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Rapportera för Region Västerbotten');

    // Deactivated: the open session ends at once and the password no longer signs in.
    await admin.getByRole('row', { name: /Sara Skåning/ }).getByRole('link', { name: 'Sara Skåning' }).click();
    await admin.getByLabel('Status').selectOption({ label: 'Avstängt – kan inte logga in' });
    await admin.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(admin.getByRole('row', { name: /Sara Skåning/ })).toContainText('Avstängt');
    await editor.goto('/rapportera');
    await expect(editor).toHaveURL(/\/logga-in\?next=%2Frapportera$/);
    await editor.getByLabel('E-postadress').fill(email);
    await editor.getByLabel('Lösenord').fill(E2E_PASSWORD);
    await editor.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(editor.locator('#sign-in-summary')).toContainText('Fel e-postadress eller lösenord.');

    // The audit trail: what the person did (filtered by who), and what was done to the account.
    await admin.goto('/administration/logg');
    await admin.getByLabel('Vem (e-postadress eller del av den)').fill('SARA.SKANING');
    await admin.getByRole('button', { name: 'Visa' }).click();
    const trail = admin.getByTestId('audit-table');
    for (const step of ['inloggning', 'misslyckad inloggning']) await expect(trail.getByRole('cell', { name: step, exact: true })).toHaveCount(1);
    await expect(trail).toContainText('reason: inactive');
    await expect(admin.getByTestId('audit-count')).toHaveText('2 händelser i urvalet.');
    await expectNoAxeViolations(admin);

    await admin.getByLabel('Vem (e-postadress eller del av den)').fill(E2E_ACCOUNTS.admin.email);
    await admin.getByLabel('Gäller').selectOption({ label: 'Konto' });
    await admin.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Västerbotten' });
    await admin.getByRole('button', { name: 'Visa' }).click();
    await expect(admin).toHaveURL(/entity=user/);
    await expect(trail.getByRole('row').filter({ hasText: 'regionCode: 12 → 24' })).toContainText('ändrad');
    await expect(trail.getByRole('row').filter({ hasText: 'active: true → false' })).toContainText('avstängt');
    const download = admin.waitForEvent('download');
    await admin.getByRole('link', { name: 'Ladda ner urvalet som CSV' }).click();
    const csv = fs.readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFid,at,who,action,entity,entity_id,region,old_value,new_value');
    expect(csv).toContain('"{""regionCode"":""12""}","{""regionCode"":""24""}"');
    expect(csv).toContain(',deactivate,user,');
    expect(csv).not.toContain(E2E_PASSWORD);
  });

  test('an administrator extends a round’s last day: an impossible date is refused at its field, the change is audited, and the public board shows the new dates at once', async ({ browser, page }) => {
    const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
    await admin.goto('/administration/omgangar');
    await fillRoundForm(admin, { name: 'Halvårsuppföljning 2023', referenceDate: '2023-12-31', opensOn: '2024-01-08', closesOn: '2024-02-29' });
    await admin.getByRole('button', { name: 'Öppna omgången' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Omgången är öppnad.' })).toBeVisible();

    await admin.getByRole('link', { name: 'Ändra Halvårsuppföljning 2023' }).click();
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Ändra omgången Halvårsuppföljning 2023');
    await expectNoAxeViolations(admin);
    const lastDay = admin.getByLabel('Sista dag att rapportera (ÅÅÅÅ-MM-DD)');
    await lastDay.fill('2024-01-01');
    await admin.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(lastDay).toHaveAttribute('aria-invalid', 'true');
    await expect(admin.locator('#closesOn-error')).toBeVisible();
    await lastDay.fill('2024-03-31');
    await admin.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Omgången är ändrad.' })).toBeVisible();
    await expect(admin.getByRole('row', { name: /Halvårsuppföljning 2023/ })).toContainText('2024-03-31');

    await page.goto('/rapporteringslage');
    await expect(page.getByText('Referensdatum 2023-12-31. Rapportering 2024-01-08–2024-03-31.')).toBeVisible();
    await admin.goto('/administration/logg?entity=round');
    await expect(admin.getByRole('row', { name: /ändrad/ }).first()).toContainText('closesOn: 2024-02-29 → 2024-03-31');
  });

  test('the last active administrator cannot deactivate the account they are using', async ({ browser }) => {
    const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
    await admin.goto('/administration/konton');
    await admin.getByRole('link', { name: E2E_ACCOUNTS.admin.name }).click();
    await admin.getByLabel('Status').selectOption({ label: 'Avstängt – kan inte logga in' });
    await admin.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(admin.getByTestId('form-summary')).toContainText('Det här är den sista aktiva administratören.');
    await admin.goto('/administration/konton');
    await expect(admin.getByRole('row', { name: new RegExp(E2E_ACCOUNTS.admin.name) })).toContainText('Aktivt');
  });

  test('editors and signed-out visitors get no administration: pages say so, the export answers 403 and 401', async ({ browser, playwright, baseURL }) => {
    const editor = await signedInPage(browser, E2E_ACCOUNTS.gotland.email);
    for (const path of ['/administration/konton', '/administration/konton/ny', '/administration/logg']) {
      await editor.goto(path);
      await expect(editor.getByText('Sidan är bara för Socialstyrelsens administratörer.')).toBeVisible();
      await expect(editor.getByRole('table')).toHaveCount(0);
      await expect(editor.locator('form.form')).toHaveCount(0);
    }
    expect((await editor.request.get('/api/audit')).status()).toBe(403);
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get('/api/audit')).status()).toBe(401);
    const page = await (await browser.newContext()).newPage();
    await page.goto('/administration/logg');
    await expect(page).toHaveURL(/\/logga-in\?next=%2Fadministration%2Flogg$/);
  });
});

test('an editor cannot open another region’s record by its address: it is answered like one that does not exist', async ({ browser }) => {
  const owner = await signedInPage(browser, E2E_ACCOUNTS.gotland.email);
  await owner.goto('/rapportera/bemanning/ny');
  await fillStaffingForm(owner, { referenceDate: '2022-06-30', specialistsHeadcount: '31', specialistsFte: '30', traineesHeadcount: '9', traineesFte: '9', source: 'Regionens personalsystem' });
  await owner.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(owner.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
  const href = await owner.getByRole('row', { name: /2022-06-30/ }).getByRole('link', { name: 'Ändra' }).getAttribute('href');
  expect(href).toMatch(/^\/rapportera\/bemanning\/\d+$/);

  const other = await signedInPage(browser, E2E_ACCOUNTS.norrbotten.email);
  const response = await other.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expect(other.locator('body')).not.toContainText('Regionens personalsystem');
  const missing = await other.goto('/rapportera/bemanning/999999');
  expect(missing?.status()).toBe(404);
});
