import { expect, test } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { signIn } from './support/sign-in';
import { checkPage, localised, LOCALES, openPage, PUBLIC_PAGES, WIDTHS } from './support/widths';

// Every public page and dashboard view at phone, tablet and laptop widths, in both languages: no
// sideways scroll and nothing wider than the screen; at 320, 390 and 1280 px no word or number broken
// inside a table cell, and no axe violation. One page per width and language, reused for every address.
for (const width of WIDTHS) {
  for (const locale of LOCALES) {
    test(`every public page fits ${width} px in ${locale.name}, with whole words in its tables`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.setViewportSize({ width, height: 800 });
      for (const { path, view } of PUBLIC_PAGES) {
        const url = localised(locale.prefix, path);
        await openPage(page, url, view);
        await checkPage(page, `${url} at ${width} px`, width);
      }
    });
  }
}

// The signed-in pages' tables: review, accounts, audit trail, rounds, import and the region's own records.
for (const width of [320, 1280]) {
  test(`the signed-in pages fit ${width} px, with whole words in their tables`, async ({ browser }) => {
    test.setTimeout(300_000);
    for (const [account, paths] of [
      [E2E_ACCOUNTS.admin, ['/administration/granskning', '/administration/konton', '/administration/logg', '/administration/omgangar', '/administration/import']],
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
