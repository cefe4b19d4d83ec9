import type { z } from 'zod';
import type { PublishedDecision, PublishedRecord } from '@/lib/data/published-record';
import { snapshotAsOf } from '@/lib/domain/snapshot';
import type { RoundState } from '@/lib/data/rounds';
import type { Measure } from '@/lib/domain/metrics';
import { latestPossibleDay } from '@/lib/domain/partial-date';
import { standingsInRound } from '@/lib/domain/rounds';
import {
  decisionItem,
  decisionsQuery,
  measureItem,
  measuresQuery,
  populationItem,
  populationQuery,
  regionItem,
  regionsQuery,
  roundItem,
  roundsQuery,
  staffingItem,
  staffingQuery,
} from './schemas';

/**
 * The open-data endpoints, each described once: its query, its item and how items come from the
 * published record. Route handlers, the OpenAPI document and the documentation page all read this.
 */

export interface LoadContext {
  record: PublishedRecord;
  roundStates: () => Promise<RoundState[]>;
  today: string;
}

export interface EndpointDefinition<Q extends z.ZodType = z.ZodType, I extends z.ZodObject = z.ZodObject> {
  name: string;
  path: string;
  summary: string;
  description: string;
  query: Q;
  item: I;
  paginated: boolean;
  /** Example query strings for the documentation page. */
  examples: string[];
  load(query: z.output<Q>, context: LoadContext): Promise<z.output<I>[]>;
}

function define<Q extends z.ZodType, I extends z.ZodObject>(definition: EndpointDefinition<Q, I>) {
  return definition;
}

const value = (measure: Measure) => (measure.kind === 'value' ? measure.value : null);
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

export const endpoints = [
  define({
    name: 'regions',
    path: '/api/v1/regions',
    summary: 'The 21 regions',
    description: 'SCB county code, Swedish and English names and ISO 3166-2 code of every region.',
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
    query: populationQuery,
    item: populationItem,
    paginated: true,
    examples: ['?region=09&from=2019', '?from=2023&to=2023&format=csv'],
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
      'Every published decision on residents per fast läkarkontakt, dated as precisely as known. With `asOf`, the decision in force on that day: one row per region (null fields when none is known).',
    query: decisionsQuery,
    item: decisionItem,
    paginated: true,
    examples: ['?asOf=2022-07-01', '?region=03', '?from=2023-01-01&format=csv'],
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
      'As of a day: capacity, residents per fast läkarkontakt, FTE needed and missing for 1 100 and for the own target, from the latest published report on or before the day. Riket (`00`) is Σ population / Σ capacity over the listed regions.',
    query: measuresQuery,
    item: measureItem,
    paginated: false,
    examples: ['?asOf=2024-12-31', '?region=09,25&format=csv'],
    load: async (query, { record, today }) => {
      const day = resolveAsOf(query.asOf, today);
      const { regions, national } = snapshotAsOf(record, day);
      const rows: z.output<typeof measureItem>[] = regions
        .filter((s) => inRegions(query.region, s.region.code))
        .map((s) => {
          const missing = [s.residentsPerDoctor, s.gapTo1100].find((m) => m.kind === 'missing');
          return {
            regionCode: s.region.code,
            regionName: s.region.nameSv,
            asOf: day,
            decisionKind: s.decision?.kind ?? null,
            ownTarget: s.ownTarget,
            referenceDate: s.report?.referenceDate ?? null,
            populationYear: s.reportPopulation?.year ?? null,
            population: s.reportPopulation?.residents ?? null,
            capacity: value(s.capacity),
            residentsPerDoctor: value(s.residentsPerDoctor),
            fteNeededFor1100: value(s.fteNeededFor1100),
            gapTo1100: value(s.gapTo1100),
            fteNeededForOwnTarget: value(s.fteNeededForOwnTarget),
            gapToOwnTarget: value(s.gapToOwnTarget),
            missingReason: missing?.kind === 'missing' ? missing.reason : null,
            includedRegions: null,
            isExample: s.report?.isExample ?? false,
          };
        });
      if (query.region === undefined) {
        const included = regions.filter((s) => national.includedRegions.includes(s.region.code));
        rows.push({
          regionCode: '00',
          regionName: 'Riket',
          asOf: day,
          decisionKind: null,
          ownTarget: null,
          referenceDate: null,
          populationYear: null,
          population: included.length > 0 ? national.population : null,
          capacity: included.length > 0 ? national.capacity : null,
          residentsPerDoctor: value(national.residentsPerDoctor),
          fteNeededFor1100: value(national.fteNeededFor1100),
          gapTo1100: value(national.gapTo1100),
          fteNeededForOwnTarget: null,
          gapToOwnTarget: null,
          missingReason: national.residentsPerDoctor.kind === 'missing' ? national.residentsPerDoctor.reason : null,
          includedRegions: national.includedRegions,
          isExample: included.some((s) => s.report?.isExample),
        });
      }
      return rows;
    },
  }),
  define({
    name: 'rounds',
    path: '/api/v1/rounds',
    summary: 'Follow-up rounds and who has reported',
    description:
      "Each follow-up round (reference date, opening and closing dates) and each region's state in it: not_started, draft, submitted, returned, approved or published, with days late (past the closing date: until today while not sent in, until the day it was sent in otherwise).",
    query: roundsQuery,
    item: roundItem,
    paginated: true,
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
