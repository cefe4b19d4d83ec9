import 'server-only';
import { getDashboardData, type PublicRows } from './dashboard';
import { publicRead } from './guard';

export interface RegionProfile {
  code: string;
  data: PublicRows;
}

/**
 * One region's public record: the dashboard's published rows, narrowed to the region where that is
 * all the page needs. Returns null for a code that is not a region. Public: published rows only.
 */
export const getRegionProfile = publicRead(async (code: string): Promise<RegionProfile | null> => {
  const data = await getDashboardData();
  if (!data.regions.some((r) => r.code === code)) return null;
  return {
    code,
    data: {
      ...data,
      regions: data.regions.filter((r) => r.code === code),
      population: data.population.filter((p) => p.regionCode === code),
      decisions: data.decisions.filter((d) => d.regionCode === code),
      reports: data.reports.filter((r) => r.regionCode === code),
      namedContactShares: data.namedContactShares.filter((f) => f.regionCode === code),
      externalMeasures: data.externalMeasures.filter((m) => m.regionCode === code),
      containsExampleData: data.reports.some((r) => r.regionCode === code && r.isExample),
    },
  };
});
