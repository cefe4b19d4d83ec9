import { z } from 'zod';
import { regionRows } from '@/lib/domain/regions';
import { isValidIsoDate } from '@/lib/domain/partial-date';

/**
 * The open-data API's contract: query parameters and response items. The same schemas validate
 * requests, shape responses and generate the OpenAPI document (lib/api/openapi.ts).
 */

const regionCodes = regionRows.map((r) => r.code) as [string, ...string[]];

export const isoDate = z
  .string()
  .refine(isValidIsoDate, { message: 'Expected a date as YYYY-MM-DD.' })
  .meta({ format: 'date', example: '2023-12-31' });

export const regionList = z
  .string()
  .regex(/^\d{2}(,\d{2})*$/, { message: 'Expected one or more two-digit region codes separated by commas, e.g. 09,25.' })
  .transform((value) => value.split(','))
  .refine((codes) => codes.every((code) => regionCodes.includes(code)), { message: 'Unknown region code.' })
  .meta({ description: "SCB county codes, comma-separated (e.g. `09,25`).", example: '09,25' });

const year = z
  .string()
  .regex(/^\d{4}$/, { message: 'Expected a year as YYYY.' })
  .transform(Number)
  .refine((y) => y >= 1968 && y <= 2100, { message: 'Year out of range (1968–2100).' });

const format = z.enum(['json', 'csv']).meta({ description: 'Response format; `Accept: text/csv` works too.' });
const limit = z
  .string()
  .regex(/^\d{1,4}$/, { message: 'Expected a whole number from 1 to 1000.' })
  .transform(Number)
  .refine((n) => n >= 1 && n <= 1000, { message: 'Expected a whole number from 1 to 1000.' })
  .meta({ description: 'Page size (default 100, at most 1000).' });
const offset = z
  .string()
  .regex(/^\d{1,7}$/, { message: 'Expected a whole number, 0 or more.' })
  .transform(Number)
  .meta({ description: 'Rows to skip (default 0).' });
const asOf = z
  .union([z.literal('latest'), isoDate])
  .meta({ description: 'The day to show the state on: `latest` (today) or a date (YYYY-MM-DD).', example: '2022-07-01' });

const paged = { limit: limit.optional(), offset: offset.optional(), format: format.optional() };

export const regionsQuery = z.strictObject({ format: format.optional() });
export const populationQuery = z.strictObject({
  region: regionList.optional(),
  from: year.optional().meta({ description: 'First year (YYYY).' }),
  to: year.optional().meta({ description: 'Last year (YYYY).' }),
  ...paged,
});
export const decisionsQuery = z
  .strictObject({
    region: regionList.optional(),
    from: isoDate.optional().meta({ description: 'Decisions that certainly existed by this day or later (YYYY-MM-DD).' }),
    to: isoDate.optional().meta({ description: 'Decisions that certainly existed by this day (YYYY-MM-DD).' }),
    asOf: asOf.optional().meta({ description: 'Instead of the history: the decision in force on this day, one row per region. Not with from/to.' }),
    ...paged,
  })
  .superRefine((query, ctx) => {
    if (query.asOf !== undefined && (query.from !== undefined || query.to !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['asOf'], message: 'asOf gives one day; it cannot be combined with from or to.' });
    }
  });
export const staffingQuery = z.strictObject({
  region: regionList.optional(),
  from: isoDate.optional().meta({ description: 'First reference date (YYYY-MM-DD).' }),
  to: isoDate.optional().meta({ description: 'Last reference date (YYYY-MM-DD).' }),
  ...paged,
});
export const measuresQuery = z.strictObject({ region: regionList.optional(), asOf: asOf.optional(), format: format.optional() });
export const roundsQuery = z.strictObject({ region: regionList.optional(), ...paged });

const sourceStatus = z.enum(['verified', 'secondary', 'uncertain']).meta({ description: 'How well the source supports the figure.' });
const decisionKind = z
  .enum(['decided_1100', 'decided_figure', 'decided_no_figure', 'ambition', 'none'])
  .meta({ description: 'decided_1100: decided the guideline; decided_figure: another figure; decided_no_figure: a reduction without a figure; ambition: stated ambition, no decided figure; none: no decision or revoked.' });
const missingReason = z
  .enum(['not_reported', 'no_population', 'no_capacity', 'no_target'])
  .meta({ description: 'Why a figure is missing (missing is never 0).' });
const workflowState = z.enum(['not_started', 'draft', 'submitted', 'returned', 'approved', 'published']);

export const regionItem = z.object({
  code: z.string().meta({ description: 'SCB county code.' }),
  nameSv: z.string(),
  nameEn: z.string(),
  isoCode: z.string().meta({ description: 'ISO 3166-2 code.' }),
});

export const populationItem = z.object({
  regionCode: z.string(),
  year: z.int(),
  residents: z.int().meta({ description: 'Residents on 31 December (SCB).' }),
  source: z.string(),
  sourceStatus,
});

export const decisionItem = z.object({
  regionCode: z.string(),
  id: z.int().nullable().meta({ description: 'Null when asked `asOf` and no decision is known by that day.' }),
  kind: decisionKind.nullable(),
  targetFigure: z.int().nullable().meta({ description: 'Residents per fast läkarkontakt the decision names, if any.' }),
  targetType: z.enum(['interim', 'final']).nullable(),
  targetYear: z.int().nullable(),
  decidedOn: z.string().nullable().meta({ description: 'As precisely as known: YYYY-MM-DD, YYYY-MM or YYYY.' }),
  decidedOnPrecision: z.enum(['day', 'month', 'year']).nullable(),
  decidedOnIsUpperBound: z.boolean().nullable().meta({ description: 'True when the source only shows the decision existed by then.' }),
  certainlyInForceFrom: z.string().nullable().meta({ description: 'The last day the decision could have been taken (YYYY-MM-DD).' }),
  effectiveOn: z.string().nullable(),
  decidingBody: z.string().nullable(),
  reference: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  sourceStatus: sourceStatus.nullable(),
  note: z.string().nullable(),
  inForceOn: z.string().nullable().meta({ description: 'The asked `asOf` day, or null for the history.' }),
});

export const staffingItem = z.object({
  id: z.int(),
  regionCode: z.string(),
  referenceDate: z.string(),
  specialistsHeadcount: z.int(),
  specialistsFte: z.number(),
  traineesHeadcount: z.int(),
  traineesFte: z.number(),
  residentsWithNamedContact: z.int().nullable(),
  source: z.string(),
  isExample: z.boolean().meta({ description: 'True for the labelled example dataset: not real figures.' }),
});

const figure = z.number().nullable();
export const measureItem = z.object({
  regionCode: z.string().meta({ description: 'SCB county code, or `00` for Riket (all reporting regions).' }),
  regionName: z.string(),
  asOf: z.string(),
  decisionKind: decisionKind.nullable(),
  ownTarget: z.int().nullable().meta({ description: "The region's own decided figure, if any." }),
  referenceDate: z.string().nullable().meta({ description: 'Reference date of the staffing report used.' }),
  populationYear: z.int().nullable(),
  population: z.int().nullable(),
  capacity: figure.meta({ description: 'Specialist FTE + 0.5 × ST FTE.' }),
  residentsPerDoctor: figure.meta({ description: 'Population / capacity. The guideline is 1 100.' }),
  fteNeededFor1100: figure,
  gapTo1100: figure.meta({ description: 'FTE still missing for 1 100 (negative: capacity beyond it).' }),
  fteNeededForOwnTarget: figure,
  gapToOwnTarget: figure,
  missingReason: missingReason.nullable(),
  includedRegions: z.array(z.string()).nullable().meta({ description: 'For Riket: the regions in the sums.' }),
  isExample: z.boolean(),
});

export const roundItem = z.object({
  roundId: z.int(),
  name: z.string(),
  referenceDate: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  regionCode: z.string(),
  state: workflowState,
  daysLate: z.int().nullable().meta({ description: 'Days past the closing date: until today while not sent in, until the day it was sent in otherwise; null when on time.' }),
});

export const metaSchema = z.object({
  title: z.string(),
  description: z.string(),
  definitions: z.record(z.string(), z.string()),
  source: z.string(),
  licence: z.object({ name: z.string(), url: z.string() }),
  citation: z.string(),
  lastUpdated: z.string().meta({ format: 'date-time' }),
  query: z.record(z.string(), z.unknown()),
  pagination: z.object({ total: z.int(), limit: z.int(), offset: z.int(), next: z.string().nullable() }).nullable(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
});
