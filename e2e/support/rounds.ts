import type { Page } from '@playwright/test';

export interface RoundFields {
  name: string;
  referenceDate: string;
  opensOn: string;
  closesOn: string;
}

/** Fills in the administrators' form that opens a follow-up round (the page must show it). */
export async function fillRoundForm(page: Page, round: RoundFields): Promise<void> {
  await page.getByLabel('Namn').fill(round.name);
  await page.getByLabel('Referensdatum (ÅÅÅÅ-MM-DD)').fill(round.referenceDate);
  await page.getByLabel('Öppnar (ÅÅÅÅ-MM-DD)').fill(round.opensOn);
  await page.getByLabel('Sista dag att rapportera (ÅÅÅÅ-MM-DD)').fill(round.closesOn);
}
