import type { DecisionEvent } from '@/lib/domain/decisions';

/**
 * What the public dashboard receives: the published record as plain, JSON-safe rows. The browser
 * derives every view (map at a date, time series, table) from these with the pure domain functions,
 * so the page itself can be served from a cache while the time slider moves.
 */

export interface DashboardRegion {
  code: string;
  nameSv: string;
  nameEn: string;
  isoCode: string;
}

export interface DashboardPopulation {
  regionCode: string;
  year: number;
  residents: number;
}

export interface DashboardDecision extends DecisionEvent {
  regionCode: string;
  targetType: 'interim' | 'final' | null;
  targetYear: number | null;
  decidingBody: string | null;
  reference: string | null;
  sourceUrl: string | null;
  sourceTitle: string | null;
  sourceStatus: 'verified' | 'secondary' | 'uncertain';
  note: string | null;
  noteEn: string | null;
}

export interface DashboardReport {
  regionCode: string;
  referenceDate: string;
  specialistsHeadcount: number;
  specialistsFte: number;
  traineesHeadcount: number;
  traineesFte: number;
  residentsWithNamedContact: number | null;
  source: string;
  isExample: boolean;
}

/** A sourced share of residents with a named fast läkarkontakt (null: the source says not reported). */
interface DashboardNamedContactShare {
  regionCode: string;
  referenceDate: string;
  sharePercent: number | null;
  sourceUrl: string;
  sourceTitle: string;
  sourceStatus: 'verified' | 'secondary' | 'uncertain';
}

/** A figure another body publishes with its own definition (region null: national). */
export interface DashboardExternalMeasure {
  id: number;
  regionCode: string | null;
  publisher: string;
  measure: string;
  valueText: string;
  valueEn: string | null;
  period: string;
  definitionSv: string;
  definitionEn: string;
  quote: string;
  sourceUrl: string;
  sourceTitle: string;
  sourceStatus: 'verified' | 'secondary' | 'uncertain';
  publishedOn: string;
  noteSv: string | null;
  noteEn: string | null;
}

export interface DashboardData {
  /** Today in Sweden when the page was rendered: the slider's end and the default date. */
  today: string;
  /** When the published data last changed (ISO timestamp). */
  lastUpdated: string;
  guideline: { publishedOn: string; residentsPerSpecialist: number; residentsPerTrainee: number; sourceUrl: string; sourceTitle: string };
  regions: DashboardRegion[];
  population: DashboardPopulation[];
  decisions: DashboardDecision[];
  /** Published staffing reports in ascending reference-date order. */
  reports: DashboardReport[];
  namedContactShares: DashboardNamedContactShare[];
  /** Shown on the pages beside the product's measure; the browser's dashboard does not need them. */
  externalMeasures: DashboardExternalMeasure[];
  containsExampleData: boolean;
}
