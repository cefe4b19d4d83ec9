import 'server-only';
import { addDays } from '@/lib/domain/dates';
import type { Measure } from '@/lib/domain/metrics';
import type { StaffingContext } from '@/lib/domain/plausibility';
import { populationForDate } from '@/lib/domain/population';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import type { PublishedRecord } from '../published-record';

/**
 * What the plausibility rules compare a staffing report with: the population it will be divided by,
 * and the published figures as the public saw them the day before its reference date (the same
 * snapshot the dashboard and the API use), for the region itself and for every region. One snapshot
 * per date, kept, so an import of many rows for few dates computes each once.
 */
export function staffingContexts(record: PublishedRecord): (regionCode: string, referenceDate: string) => StaffingContext {
  const regionsOn = (referenceDate: string) => snapshotAsOf(record, addDays(referenceDate, -1)).regions;
  const snapshots = new Map<string, ReturnType<typeof regionsOn>>();
  const figure = (measure: Measure) => (measure.kind === 'value' ? measure.value : null);
  return (regionCode, referenceDate) => {
    let regions = snapshots.get(referenceDate);
    if (!regions) {
      regions = regionsOn(referenceDate);
      snapshots.set(referenceDate, regions);
    }
    const own = regions.find((s) => s.region.code === regionCode);
    return {
      population: populationForDate(record.population.filter((p) => p.regionCode === regionCode), referenceDate)?.residents ?? null,
      previousResidentsPerDoctor: own ? figure(own.residentsPerDoctor) : null,
      allRegions: regions.map((s) => figure(s.residentsPerDoctor)).filter((v): v is number => v !== null),
    };
  };
}
