import { expect, test, type Browser } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { fillRoundForm } from './support/rounds';
import { signedInPage, signIn } from './support/sign-in';
import { checkPage, localised, LOCALES, openPage, PUBLIC_PAGES, WIDTHS } from './support/widths';
import { fillStaffingForm } from './support/staffing';

// Every public page and dashboard view at phone, tablet and laptop widths, in both languages: no
// sideways scroll and nothing wider than the screen; at 320, 390 and 1280 px no word or number broken
// inside a table cell, and no axe violation. One page per width and language, reused for every address.
for (const width of WIDTHS) {
  for (const locale of LOCALES) {
    test(`every public page fits ${width} px in ${locale.name}, with whole words in its tables`, async ({ page }) => {
      test.setTimeout(900_000);
      await page.setViewportSize({ width, height: 800 });
      for (const { path, view } of PUBLIC_PAGES) {
        const url = localised(locale.prefix, path);
        await openPage(page, url, view);
        await checkPage(page, `${url} at ${width} px`, width);
      }
    });
  }
}

/**
 * A round for `referenceDate` and Gotland's staffing report for it, sent in: the review, the rounds and the
 * region's own list then have a row with a date in it whatever ran before.
 */
async function submitReportInNewRound(browser: Browser, referenceDate: string): Promise<void> {
  const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
  await admin.goto('/administration/omgangar');
  await fillRoundForm(admin, { name: `Breddkontroll ${referenceDate}`, referenceDate, opensOn: '2023-01-01', closesOn: '2099-12-31' });
  await admin.getByRole('button', { name: 'Öppna omgången' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Omgången är öppnad.' })).toBeVisible();
  await admin.context().close();

  const editor = await signedInPage(browser, E2E_ACCOUNTS.gotland.email);
  await editor.goto('/rapportera/bemanning/ny');
  await fillStaffingForm(editor, { referenceDate: referenceDate, specialistsHeadcount: '31', specialistsFte: '30', traineesHeadcount: '9', traineesFte: '9', source: 'Regionens personalsystem' });
  await editor.getByRole('button', { name: 'Spara utkast' }).click();
  await editor.getByRole('row', { name: new RegExp(referenceDate) }).getByRole('button', { name: 'Skicka in' }).click();
  await expect(editor.getByRole('row', { name: new RegExp(referenceDate) })).toContainText('Inskickad');
  await editor.context().close();
}

// The signed-in pages' tables: review, accounts, audit trail, rounds, import and the region's own records.
for (const width of [320, 1280]) {
  test(`the signed-in pages fit ${width} px, with whole words in their tables`, async ({ browser }) => {
    test.setTimeout(900_000);
    await submitReportInNewRound(browser, width === 320 ? '2023-03-31' : '2023-09-30');
    for (const [account, paths] of [
      [E2E_ACCOUNTS.admin, ['/administration', '/administration/granskning', '/administration/konton', '/administration/logg', '/administration/omgangar', '/administration/import']],
      [E2E_ACCOUNTS.gotland, ['/rapportera', '/konto']],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await signIn(page, account.email);
      for (const path of paths) {
        await openPage(page, path, null);
        await checkPage(page, `${path} at ${width} px`, width);
      }
      await context.close();
    }
  });
}

// The map in view on first load: at 1280 × 800 the map's element starts inside the first screen and
// at least 80 % of its height (the map, its legend above or beside it, and the key) is on that screen.
for (const locale of LOCALES) {
  test(`the map is in view on first load at 1280 × 800 in ${locale.name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPage(page, localised(locale.prefix, '/'), 'map');
    const map = page.locator('[role="tabpanel"] [role="img"]').first();
    const box = await map.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.y, 'the map starts on the first screen').toBeLessThan(800);
    const visible = Math.min(box.y + box.height, 800) - Math.max(box.y, 0);
    expect(visible / box.height, `visible: ${Math.round(visible)} of ${Math.round(box.height)} px from ${Math.round(box.y)} px`).toBeGreaterThanOrEqual(0.8);
    // Not by being small: the map is at least 400 px high.
    expect(box.height).toBeGreaterThanOrEqual(400);
  });
}
