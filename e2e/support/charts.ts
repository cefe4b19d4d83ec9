import { expect, type Locator } from '@playwright/test';

/**
 * Points at a chart as a reader would, until ECharts has drawn it: a chart that shows the server's
 * picture loads its code only then. Pointer moves before hydration go unnoticed, so the pointer moves
 * again (to a new spot) until the canvas is there.
 */
export async function pointAt(chart: Locator): Promise<void> {
  let x = 24;
  await expect(async () => {
    await chart.hover({ position: { x, y: 24 } });
    x += 8;
    await expect(chart.locator('canvas')).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 300_000 });
}

/** Waits until ECharts has drawn a chart that loads as it comes into view (its code is fetched then). */
export async function expectDrawn(chart: Locator): Promise<void> {
  await expect(chart.locator('canvas')).toBeVisible({ timeout: 120_000 });
}
