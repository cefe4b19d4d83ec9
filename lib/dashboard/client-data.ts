import { lastYearEndedBy, MAX_POPULATION_LAG_YEARS } from '@/lib/domain/population';
import type { DashboardData } from '@/lib/domain/dashboard-data';

/**
 * What the browser needs of the dashboard data, and no more: every byte here is sent with the page.
 * Decision notes stay on the region pages (references are short and shown in tooltips); population years older than any date on the
 * slider can use are left out.
 */
export function toClientData(data: DashboardData): DashboardData {
  const oldestUsable = lastYearEndedBy(data.guideline.publishedOn) - MAX_POPULATION_LAG_YEARS;
  return {
    ...data,
    population: data.population.filter((p) => p.year >= oldestUsable),
    decisions: data.decisions.map((d) => ({ ...d, note: null, noteEn: null })),
    externalMeasures: [],
  };
}
