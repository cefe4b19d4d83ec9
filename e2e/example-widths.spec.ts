import { test } from '@playwright/test';
import { checkPage, EXAMPLE_PAGES, localised, LOCALES, WIDTHS, openPage } from './support/widths';

// The dashboard and region pages with staffing figures (the labelled example dataset): the widest
// tables, with the most numbers. The same checks as e2e/widths.spec.ts.
for (const width of WIDTHS) {
  for (const locale of LOCALES) {
    test(`the pages with figures fit ${width} px in ${locale.name}, with whole words and numbers in their tables`, async ({ page }) => {
      test.setTimeout(900_000);
      await page.setViewportSize({ width, height: 800 });
      for (const { path, view } of EXAMPLE_PAGES) {
        const url = localised(locale.prefix, path);
        await openPage(page, url, view);
        await checkPage(page, `${url} at ${width} px`, width);
      }
    });
  }
}
