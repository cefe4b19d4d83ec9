import type { z } from 'zod';
import type { PublishedDecision, PublishedRecord } from '@/lib/data/published-record';
import type { RoundState } from '@/lib/data/rounds';
import { decisionState } from '@/lib/domain/decisions';
import type { Measure, MissingReason } from '@/lib/domain/metrics';
import { COVERAGE_THRESHOLD, nationalIsExample, nationalSeries, type NationalSharePoint, type NationalStaffingPoint } from '@/lib/domain/national';
import { latestPossibleDay } from '@/lib/domain/partial-date';
import { standingsInRound } from '@/lib/domain/rounds';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import type { Bilingual } from './documentation';
import {
  decisionItem,
  decisionsQuery,
  measureItem,
  measuresQuery,
  namedContactShareItem,
  namedContactSharesQuery,
  NATIONAL_CODE,
  nationalItem,
  nationalQuery,
  otherMeasureItem,
  otherMeasuresQuery,
  populationItem,
  populationQuery,
  regionItem,
  regionsQuery,
  roundItem,
  roundsQuery,
  staffingItem,
  staffingQuery,
  type ApiMissingReason,
} from './schemas';

/**
 * The open-data endpoints, each described once: its query, its item and how items come from the
 * published record. Route handlers, the OpenAPI document, the bulk zip and the documentation page all
 * read this.
 */

export interface LoadContext {
  record: PublishedRecord;
  roundStates: () => Promise<RoundState[]>;
  today: string;
}

export interface EndpointDefinition<Q extends z.ZodObject = z.ZodObject, I extends z.ZodObject = z.ZodObject> {
  /** Key of the definition (route handlers, OpenAPI operation and schema names). */
  name: string;
  path: string;
  summary: string;
  description: string;
  /** What the documentation page says about the endpoint, in Swedish and English. */
  about: Bilingual;
  query: Q;
  item: I;
  paginated: boolean;
  /**
   * Whether load() reads the reporting states, which change with every submission and are not
   * announced: such an answer is built per request rather than kept (lib/api/http.ts).
   */
  readsReportingStates?: boolean;
  /** Example query strings for the documentation page. */
  examples: string[];
  load(query: z.output<Q>, context: LoadContext): Promise<z.output<I>[]>;
}

/** What every endpoint's query may hold besides its own filters: paging and the format. */
type CommonQuery = Record<string, unknown> & { limit?: number; offset?: number; format?: string };

/** A query string's parameters as a schema read them, or its issues. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: readonly z.core.$ZodIssue[] };

/** A query an endpoint's schema accepted, with that endpoint's rows bound to it. */
export interface AcceptedQuery {
  query: CommonQuery;
  load(context: LoadContext): Promise<object[]>;
}

/**
 * An endpoint with `accept`, which parses a query with the endpoint's own schema and binds its rows to
 * the result: the query's type stays inside the definition, where it is known. (On the endpoints'
 * union, load would take only a query that every schema produced at once.)
 */
function define<Q extends z.ZodObject, I extends z.ZodObject>(definition: EndpointDefinition<Q, I>) {
  return {
    ...definition,
    accept(raw: unknown): Parsed<AcceptedQuery> {
      const parsed = definition.query.safeParse(raw);
      if (!parsed.success) return { ok: false, issues: parsed.error.issues };
      const query = parsed.data;
      return { ok: true, value: { query, load: (context) => definition.load(query, context) } };
    },
  };
}

/** The file an endpoint's table has in the bulk zip: the last part of its path (`named-contact-shares.csv`). */
export function bulkFileName(endpoint: { path: string }): string {
  return `${endpoint.path.slice(endpoint.path.lastIndexOf('/') + 1)}.csv`;
}

const value = (measure: Measure) => (measure.kind === 'value' ? measure.value : null);
const reason = (...measures: Measure[]): MissingReason | null => {
  const missing = measures.find((m) => m.kind === 'missing');
  return missing?.kind === 'missing' ? missing.reason : null;
};
const inRegions = (codes: string[] | undefined, code: string) => codes === undefined || codes.includes(code);
const resolveAsOf = (asOf: string | undefined, today: string) => (asOf === undefined || asOf === 'latest' ? today : asOf);

function decisionToItem(regionCode: string, decision: PublishedDecision | null, inForceOn: string | null): z.output<typeof decisionItem> {
  const known = decision
    ? decision.decidedOn.precision === 'day'
      ? decision.decidedOn.date
      : decision.decidedOn.date.slice(0, decision.decidedOn.precision === 'month' ? 7 : 4)
    : null;
  return {
    regionCode,
    id: decision?.id ?? null,
    kind: decision?.kind ?? null,
    state: decisionState(decision),
    targetFigure: decision?.targetFigure ?? null,
    targetType: decision?.targetType ?? null,
    targetYear: decision?.targetYear ?? null,
    decidedOn: known,
    decidedOnPrecision: decision?.decidedOn.precision ?? null,
    decidedOnIsUpperBound: decision?.decidedOn.isUpperBound ?? null,
    certainlyInForceFrom: decision ? latestPossibleDay(decision.decidedOn) : null,
    effectiveOn: decision?.effectiveOn ?? null,
    decidingBody: decision?.decidingBody ?? null,
    reference: decision?.reference ?? null,
    sourceUrl: decision?.sourceUrl ?? null,
    sourceTitle: decision?.sourceTitle ?? null,
    sourceStatus: decision?.sourceStatus ?? null,
    note: decision?.note ?? null,
    inForceOn,
  };
}

type NationalFields = Omit<z.output<typeof nationalItem>, 'referenceDate' | 'isExample'>;

/**
 * Riket's figures and coverage as flat fields, from the national points of lib/domain/national.ts
 * (never summed here). A family without a point has null figures and coverage, with `absent` as the
 * reason.
 */
function nationalFields(
  staffing: NationalStaffingPoint | null,
  share: NationalSharePoint | null,
  absent: ApiMissingReason,
): NationalFields {
  const counted = staffing !== null && staffing.coverage.regions.length > 0;
  return {
    population: counted ? staffing.population : null,
    capacity: counted ? staffing.capacity : null,
    residentsPerDoctor: staffing ? value(staffing.residentsPerDoctor) : null,
    fteNeededFor1100: staffing ? value(staffing.fteNeededFor1100) : null,
    gapTo1100: staffing ? value(staffing.gapTo1100) : null,
    missingReason: staffing ? reason(staffing.residentsPerDoctor, staffing.gapTo1100) : absent,
    coverageRegions: staffing?.coverage.regions ?? null,
    coverageRegionCount: staffing?.coverage.regions.length ?? null,
    totalRegions: staffing?.coverage.totalRegions ?? share?.coverage.totalRegions ?? null,
    coveragePopulationShare: staffing?.coverage.populationShare ?? null,
    coverageComplete: staffing?.coverage.complete ?? null,
    shareWithNamedContact: share ? value(share.shareWithNamedContact) : null,
    shareWithNamedContactMissingReason: share ? reason(share.shareWithNamedContact) : absent,
    shareCoverageRegions: share?.coverage.regions ?? null,
    shareCoverageRegionCount: share?.coverage.regions.length ?? null,
    shareCoveragePopulationShare: share?.coverage.populationShare ?? null,
    shareCoverageComplete: share?.coverage.complete ?? null,
  };
}

/** The share of the population below which Riket is partial, as the texts say it. */
const THRESHOLD = `${COVERAGE_THRESHOLD * 100} %`;

/** Readings of the same measure, region and period are one group; they disagree when their values differ. */
function readingGroups(rows: PublishedRecord['externalMeasures']) {
  const key = (row: PublishedRecord['externalMeasures'][number]) => `${row.measure}/${row.regionCode ?? NATIONAL_CODE}/${row.period}`;
  const values = new Map<string, string[]>();
  for (const row of rows) values.set(key(row), [...(values.get(key(row)) ?? []), row.valueText.replace(/\s/g, '')]);
  return (row: PublishedRecord['externalMeasures'][number]) => {
    const group = values.get(key(row)) ?? [];
    return { readingGroup: key(row), readingsInGroup: group.length, readingsDisagree: new Set(group).size > 1 };
  };
}

export const endpoints = [
  define({
    name: 'regions',
    path: '/api/v1/regions',
    summary: 'The 21 regions',
    description: 'SCB county code, Swedish and English names and ISO 3166-2 code of every region.',
    about: {
      sv: 'De 21 regionerna med SCB-kod, namn och ISO 3166-2-kod.',
      en: 'The 21 regions with SCB code, names and ISO 3166-2 code.',
    },
    query: regionsQuery,
    item: regionItem,
    paginated: false,
    examples: ['?format=csv'],
    load: async (_query, { record }) =>
      record.regions.map((r) => ({ code: r.code, nameSv: r.nameSv, nameEn: r.nameEn, isoCode: r.isoCode })),
  }),
  define({
    name: 'population',
    path: '/api/v1/population',
    summary: 'Population per region and year',
    description: 'Residents on 31 December (SCB). Years without a sourced figure are absent, never estimated.',
    about: {
      sv: 'Folkmängd per region och år (SCB, 31 december). År utan källa saknas och uppskattas aldrig.',
      en: 'Population per region and year (SCB, 31 December). Years without a source are absent, never estimated.',
    },
    query: populationQuery,
    item: populationItem,
    paginated: true,
    examples: ['?region=09&from=2019', '?from=2021&to=2021', '?from=2023&to=2023&format=csv'],
    load: async (query, { record }) =>
      record.population
        .filter(
          (p) => inRegions(query.region, p.regionCode) && (query.from === undefined || p.year >= query.from) && (query.to === undefined || p.year <= query.to),
        )
        .map((p) => ({ regionCode: p.regionCode, year: p.year, residents: p.residents, source: p.source, sourceStatus: p.sourceStatus })),
  }),
  define({
    name: 'decisions',
    path: '/api/v1/decisions',
    summary: "The regions' decisions",
    description:
      'Every published decision on residents per fast läkarkontakt, dated as precisely as known, with its kind (as the source says it) and its state (as the map shows it). With `asOf`, the decision in force on that day: one row per region, state `unknown` and null fields when nothing is known by then (not the same as `no_decision`, which a source confirms).',
    about: {
      sv: 'Regionernas publicerade beslut, daterade så exakt som det är känt, med slag (som källan säger) och läge (som kartan visar: striktare än, lika med eller över 1 100, minskning utan siffra, ambition, inget beslut, avstått, upphävt). Med asOf: beslutet i kraft den dagen, en rad per region; okänt (unknown) när ingen källa finns, vilket inte är detsamma som inget beslut.',
      en: "The regions' published decisions, dated as precisely as known, with kind (as the source says it) and state (as the map shows it: stricter than, equal to or above 1,100, reduction without a figure, ambition, no decision, declined, revoked). With asOf: the decision in force that day, one row per region; unknown when there is no source at all, which is not the same as no decision.",
    },
    query: decisionsQuery,
    item: decisionItem,
    paginated: true,
    examples: ['?asOf=2022-07-01', '?asOf=2022-09-30&region=01,07,14,20', '?region=03', '?from=2023-01-01&format=csv'],
    load: async (query, { record, today }) => {
      if (query.asOf !== undefined) {
        const day = resolveAsOf(query.asOf, today);
        return snapshotAsOf(record, day)
          .regions.filter((s) => inRegions(query.region, s.region.code))
          .map((s) => decisionToItem(s.region.code, s.decision, day));
      }
      return record.decisions
        .filter((d) => {
          const day = latestPossibleDay(d.decidedOn);
          return inRegions(query.region, d.regionCode) && (query.from === undefined || day >= query.from) && (query.to === undefined || day <= query.to);
        })
        .map((d) => decisionToItem(d.regionCode, d, null));
    },
  }),
  define({
    name: 'staffing',
    path: '/api/v1/staffing',
    summary: 'Staffing reports',
    description:
      'Published staffing per region and reference date: GP specialists and ST-läkare in general medicine (headcount and FTE), and residents with a named fast läkarkontakt where reported.',
    about: {
      sv: 'Publicerade bemanningsrapporter: specialister och ST-läkare i allmänmedicin (antal och heltidsekvivalenter).',
      en: 'Published staffing reports: GP specialists and GP trainees (headcount and full-time equivalents).',
    },
    query: staffingQuery,
    item: staffingItem,
    paginated: true,
    examples: ['?region=09', '?from=2024-01-01&format=csv'],
    load: async (query, { record }) =>
      record.staffing
        .filter(
          (s) =>
            inRegions(query.region, s.regionCode) &&
            (query.from === undefined || s.referenceDate >= query.from) &&
            (query.to === undefined || s.referenceDate <= query.to),
        )
        .map((s) => ({
          id: s.id,
          regionCode: s.regionCode,
          referenceDate: s.referenceDate,
          specialistsHeadcount: s.specialistsHeadcount,
          specialistsFte: s.specialistsFte,
          traineesHeadcount: s.traineesHeadcount,
          traineesFte: s.traineesFte,
          residentsWithNamedContact: s.residentsWithNamedContact,
          source: s.source,
          isExample: s.isExample,
        })),
  }),
  define({
    name: 'measures',
    path: '/api/v1/measures',
    summary: 'Computed measures per region and for Riket',
    description:
      "As of a day: capacity, residents per fast läkarkontakt, FTE needed and missing for 1 100 and for the own target, from the latest published report on or before the day, and the share with a named fast läkarkontakt with its reference date and origin. The own target a report is measured against is the one in force on the report's reference date (`ownTargetAtReport`), never a later one; `ownTarget` is the one in force on the day asked. Riket (`00`) is Σ population / Σ capacity over the regions that reported for exactly its reference date, with their codes, count and population share: `nationalPoint` `current` is the latest national point, and when it covers less than " + THRESHOLD + " of the population it is partial and a second row, `last_complete`, gives the latest complete one.",
    about: {
      sv: 'Beräknade mått en viss dag per region och för riket (00). Regionens eget mål mäts från det beslut som gällde på rapportens referensdatum (ownTargetAtReport), aldrig ett senare. Andelen med namngiven fast läkarkontakt anges med referensdatum och ursprung. Riket är Σ folkmängd / Σ kapacitet över de regioner som rapporterat för exakt samma referensdatum, med deras koder, antal och befolkningsandel; under ' + THRESHOLD + ' av befolkningen är siffran partiell, och då visas också den senaste fullständiga (last_complete).',
      en: "Computed measures on a day per region and for Sweden (00). A region's own target is measured from the decision in force on the report's reference date (ownTargetAtReport), never a later one. The share with a named GP comes with its reference date and origin. Sweden is Σ population / Σ capacity over the regions that reported for exactly the same reference date, with their codes, count and population share; below " + THRESHOLD + " of the population the figure is partial, and the latest complete one (last_complete) is given too.",
    },
    query: measuresQuery,
    item: measureItem,
    paginated: false,
    examples: ['?asOf=2024-12-31', '?region=00', '?region=09,25&format=csv'],
    load: async (query, { record, today }) => {
      const day = resolveAsOf(query.asOf, today);
      const { regions, national } = snapshotAsOf(record, day);
      const exampleReport = (code: string, referenceDate: string | null) =>
        record.staffing.some((s) => s.regionCode === code && s.referenceDate === referenceDate && s.isExample);
      const rows: z.output<typeof measureItem>[] = regions
        .filter((s) => inRegions(query.region, s.region.code))
        .map((s) => {
          const share = s.shareWithNamedContact;
          return {
            regionCode: s.region.code,
            regionName: s.region.nameSv,
            asOf: day,
            nationalPoint: null,
            decisionKind: s.decision?.kind ?? null,
            decisionState: decisionState(s.decision),
            ownTarget: s.ownTarget,
            referenceDate: s.report?.referenceDate ?? null,
            decisionStateAtReport: s.report ? decisionState(s.reportDecision) : null,
            ownTargetAtReport: s.reportTarget,
            populationYear: s.reportPopulation?.year ?? null,
            population: s.reportPopulation?.residents ?? null,
            capacity: value(s.capacity),
            residentsPerDoctor: value(s.residentsPerDoctor),
            fteNeededFor1100: value(s.fteNeededFor1100),
            gapTo1100: value(s.gapTo1100),
            missingReason: reason(s.residentsPerDoctor, s.gapTo1100),
            coverageRegions: null,
            coverageRegionCount: null,
            totalRegions: null,
            coveragePopulationShare: null,
            coverageComplete: null,
            fteNeededForOwnTarget: value(s.fteNeededForOwnTarget),
            gapToOwnTarget: value(s.gapToOwnTarget),
            ownTargetMissingReason: reason(s.fteNeededForOwnTarget, s.gapToOwnTarget),
            shareWithNamedContact: value(share.measure),
            shareWithNamedContactMissingReason: reason(share.measure),
            shareCoverageRegions: null,
            shareCoverageRegionCount: null,
            shareCoveragePopulationShare: null,
            shareCoverageComplete: null,
            shareWithNamedContactReferenceDate: share.referenceDate,
            shareWithNamedContactFrom: share.from,
            isExample: (s.report?.isExample ?? false) || (share.from === 'report' && exampleReport(s.region.code, share.referenceDate)),
          };
        });
      if (inRegions(query.region, NATIONAL_CODE)) {
        // Riket comes from lib/domain/national.ts only (snapshotAsOf's national is nationalAsOf).
        const riket = (
          nationalPoint: 'current' | 'last_complete',
          staffing: NationalStaffingPoint | null,
          share: NationalSharePoint | null,
        ): z.output<typeof measureItem> => ({
          regionCode: NATIONAL_CODE,
          regionName: 'Riket',
          asOf: day,
          nationalPoint,
          decisionKind: null,
          decisionState: null,
          ownTarget: null,
          referenceDate: staffing?.date ?? null,
          decisionStateAtReport: null,
          ownTargetAtReport: null,
          populationYear: null,
          ...nationalFields(staffing, share, nationalPoint === 'current' ? 'not_reported' : 'no_complete_point'),
          fteNeededForOwnTarget: null,
          gapToOwnTarget: null,
          ownTargetMissingReason: 'not_applicable',
          shareWithNamedContactReferenceDate: share?.date ?? null,
          shareWithNamedContactFrom: share ? 'national_sum' : null,
          isExample: nationalIsExample(record.staffing, staffing, share),
        });
        rows.push(riket('current', national.staffing.current, national.namedContact.current));
        const partial =
          national.staffing.current?.date !== national.staffing.lastComplete?.date ||
          national.namedContact.current?.date !== national.namedContact.lastComplete?.date;
        if (partial) rows.push(riket('last_complete', national.staffing.lastComplete, national.namedContact.lastComplete));
      }
      return rows;
    },
  }),
  define({
    name: 'national',
    path: '/api/v1/national',
    summary: "Riket's series over every reference date",
    description:
      'Riket (Σ population / Σ capacity, and Σ named / Σ population) for every reference date any region reported for, each point over exactly the regions that reported for that date, with their codes, count and share of the population. A point covering less than ' + THRESHOLD + ' of the population is partial (`coverageComplete` false): shown with its coverage, never as a national change. Figures of a family with no region for the date are null with the reason.',
    about: {
      sv: 'Riket för varje referensdatum som någon region rapporterat för: Σ folkmängd / Σ kapacitet och andelen med namngiven fast läkarkontakt, var och en över exakt de regioner som rapporterat för datumet, med koder, antal och befolkningsandel. En punkt under ' + THRESHOLD + ' av befolkningen är partiell och är aldrig en förändring för riket.',
      en: 'Sweden for every reference date any region reported for: Σ population / Σ capacity and the share with a named GP, each over exactly the regions that reported for that date, with their codes, count and population share. A point below ' + THRESHOLD + ' of the population is partial and never a national change.',
    },
    query: nationalQuery,
    item: nationalItem,
    paginated: false,
    examples: ['?from=2022-01-01', '?format=csv'],
    load: async (query, { record }) => {
      const series = nationalSeries(record);
      const dates = [...new Set([...series.staffing, ...series.namedContact].map((p) => p.date))]
        .filter((date) => (query.from === undefined || date >= query.from) && (query.to === undefined || date <= query.to))
        .sort();
      return dates.map((date) => {
        const staffing = series.staffing.find((p) => p.date === date) ?? null;
        const share = series.namedContact.find((p) => p.date === date) ?? null;
        return { referenceDate: date, ...nationalFields(staffing, share, 'not_reported'), isExample: nationalIsExample(record.staffing, staffing, share) };
      });
    },
  }),
  define({
    name: 'namedContactShares',
    path: '/api/v1/named-contact-shares',
    summary: 'Sourced shares with a named fast läkarkontakt',
    description:
      "The share of a region's residents with a named fast läkarkontakt on a reference date, as a public source reports it. A region the source names as not having reported has `sharePercent` null and `status` `not_reported`; a region the source does not mention has no row (nothing known). A published staffing report's own count, where there is one, takes precedence in measures.",
    about: {
      sv: 'Andelen invånare med namngiven fast läkarkontakt per region och referensdatum, så som en offentlig källa redovisar den. En region som källan anger inte har rapporterat har tom andel och status not_reported; en region som källan inte nämner saknar rad.',
      en: "The share of residents with a named GP per region and reference date, as a public source reports it. A region the source names as not having reported has an empty share and status not_reported; a region the source does not mention has no row.",
    },
    query: namedContactSharesQuery,
    item: namedContactShareItem,
    paginated: true,
    examples: ['?from=2022-12-31&to=2022-12-31', '?region=09&format=csv'],
    load: async (query, { record }) =>
      record.namedContactShares
        .filter(
          (f) =>
            inRegions(query.region, f.regionCode) &&
            (query.from === undefined || f.referenceDate >= query.from) &&
            (query.to === undefined || f.referenceDate <= query.to),
        )
        .map((f) => ({
          regionCode: f.regionCode,
          referenceDate: f.referenceDate,
          sharePercent: f.sharePercent,
          status: f.sharePercent === null ? ('not_reported' as const) : ('reported' as const),
          sourceUrl: f.sourceUrl,
          sourceTitle: f.sourceTitle,
          sourceStatus: f.sourceStatus,
        })),
  }),
  define({
    name: 'otherMeasures',
    path: '/api/v1/other-measures',
    summary: "Others' measures, with their own definitions",
    description:
      "Figures others publish with definitions of their own — e.g. Läkarförbundet's residents per primary-care doctor, its estimates of years to reach the guideline — each with its definition, publisher, period, source and source status. They are not this follow-up's measures and are never mixed into them. Readings of the same measure, region and period form a group; `readingsDisagree` marks a group whose sources state different values.",
    about: {
      sv: 'Andras mått med egna definitioner, t.ex. Läkarförbundets invånare per läkare i primärvården, med definition, utgivare, period, källa och källstatus. De visas bredvid uppföljningens egna mått, aldrig i dem. Avläsningar av samma mått, region och period bildar en grupp; readingsDisagree markerar när källorna anger olika värden.',
      en: "Others' measures with their own definitions, e.g. the Swedish Medical Association's residents per primary-care doctor, with definition, publisher, period, source and source status. They are shown beside the follow-up's own measures, never inside them. Readings of the same measure, region and period form a group; readingsDisagree marks when the sources state different values.",
    },
    query: otherMeasuresQuery,
    item: otherMeasureItem,
    paginated: true,
    examples: ['?measure=residents_per_doctor', '?region=00', '?format=csv'],
    load: async (query, { record }) => {
      const group = readingGroups(record.externalMeasures);
      return record.externalMeasures
        .filter((m) => inRegions(query.region, m.regionCode ?? NATIONAL_CODE) && (query.measure === undefined || query.measure.includes(m.measure)))
        .map((m) => ({
          id: m.id,
          regionCode: m.regionCode ?? NATIONAL_CODE,
          publisher: m.publisher,
          measure: m.measure,
          valueText: m.valueText,
          period: m.period,
          definitionSv: m.definitionSv,
          definitionEn: m.definitionEn,
          quote: m.quote,
          sourceUrl: m.sourceUrl,
          sourceTitle: m.sourceTitle,
          sourceStatus: m.sourceStatus,
          publishedOn: m.publishedOn,
          noteSv: m.noteSv,
          noteEn: m.noteEn,
          ...group(m),
        }));
    },
  }),
  define({
    name: 'rounds',
    path: '/api/v1/rounds',
    summary: 'Follow-up rounds and who has reported',
    description:
      "Each follow-up round (reference date, opening and closing dates) and each region's state in it: not_started, draft, submitted, returned, approved or published, with days late (past the closing date: until today while not sent in, until the day it was sent in otherwise).",
    about: {
      sv: 'Uppföljningsomgångar och varje regions rapporteringsstatus, med antal dagar sen.',
      en: "Follow-up rounds and each region's reporting status, with days late.",
    },
    query: roundsQuery,
    item: roundItem,
    paginated: true,
    readsReportingStates: true,
    examples: ['?region=09&format=csv'],
    load: async (query, { record, roundStates, today }) => {
      const states = await roundStates();
      const regions = record.regions.filter((r) => inRegions(query.region, r.code));
      return record.rounds.flatMap((round) =>
        standingsInRound(round, regions, states, today).map(({ region, state, daysLate }) => ({
          roundId: round.id,
          name: round.name,
          referenceDate: round.referenceDate,
          opensOn: round.opensOn,
          closesOn: round.closesOn,
          regionCode: region.code,
          state,
          daysLate,
        })),
      );
    },
  }),
];

export type AnyEndpoint = (typeof endpoints)[number];

export function endpointNamed(name: string): AnyEndpoint {
  const endpoint = endpoints.find((e) => e.name === name);
  if (!endpoint) throw new Error(`No open-data endpoint named ${name}`);
  return endpoint;
}
