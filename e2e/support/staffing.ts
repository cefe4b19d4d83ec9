import type { Page } from '@playwright/test';

export interface StaffingFields {
  referenceDate: string;
  specialistsHeadcount: string;
  specialistsFte: string;
  traineesHeadcount: string;
  traineesFte: string;
  source: string;
}

/** Fills in a region's staffing report form (Swedish; the page must show it), as typed by an editor. */
export async function fillStaffingForm(page: Page, report: StaffingFields): Promise<void> {
  await page.getByLabel('Referensdatum (ÅÅÅÅ-MM-DD)').fill(report.referenceDate);
  await page.getByLabel('Specialister i allmänmedicin som är fast läkarkontakt (antal personer)').fill(report.specialistsHeadcount);
  await page.getByLabel('Specialister (heltidsekvivalenter)').fill(report.specialistsFte);
  await page.getByLabel('ST-läkare i allmänmedicin som är fast läkarkontakt (antal personer)').fill(report.traineesHeadcount);
  await page.getByLabel('ST-läkare (heltidsekvivalenter)').fill(report.traineesFte);
  await page.getByLabel('Källa för uppgifterna').fill(report.source);
}
