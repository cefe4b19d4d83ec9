import { z } from 'zod';
import { DECISION_KINDS, DECISION_STATES } from '@/lib/domain/decisions';
import { COVERAGE_THRESHOLD } from '@/lib/domain/national';
import { regionRows } from '@/lib/domain/regions';
import { isValidIsoDate } from '@/lib/domain/partial-date';

/**
 * The open-data API's contract: query parameters and response items. The same schemas validate
 * requests, shape responses and generate the OpenAPI document (lib/api/openapi.ts).
 */

const regionCodes = regionRows.map((r) => r.code) as [string, ...string[]];

/** Riket, the whole country, in the lists that can hold it (measures; others' national statements). */
export const NATIONAL_CODE = '00';

export const isoDate = z
  .string()
  .refine(isValidIsoDate, { message: 'Expected a date as YYYY-MM-DD.' })
  .meta({ format: 'date', example: '2023-12-31' });

// A repeated code would repeat its rows in the answer; a list of regions names each once.
const noRepeats = (codes: string[]) => new Set(codes).size === codes.length;

export const regionList = z
  .string()
  .regex(/^\d{2}(,\d{2})*$/, { message: 'Expected one or more two-digit region codes separated by commas, e.g. 09,25.' })
  .transform((value) => value.split(','))
  .refine((codes) => codes.every((code) => regionCodes.includes(code)), { message: 'Unknown region code.' })
  .refine(noRepeats, { message: 'A region code is given more than once.' })
  .meta({ description: "SCB county codes, comma-separated (e.g. `09,25`).", example: '09,25' });

/** Region codes or `00` for Riket. */
const regionOrNationalList = z
  .string()
  .regex(/^\d{2}(,\d{2})*$/, { message: 'Expected one or more two-digit region codes separated by commas, e.g. 00,09.' })
  .transform((value) => value.split(','))
  .refine((codes) => codes.every((code) => code === NATIONAL_CODE || regionCodes.includes(code)), { message: 'Unknown region code.' })
  .refine(noRepeats, { message: 'A region code is given more than once.' })
  .meta({ description: 'SCB county codes, comma-separated, and `00` for Riket (e.g. `00,09`).', example: '00,09' });

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
export const measuresQuery = z.strictObject({ region: regionOrNationalList.optional(), asOf: asOf.optional(), format: format.optional() });
export const nationalQuery = z.strictObject({
  from: isoDate.optional().meta({ description: 'First reference date (YYYY-MM-DD).' }),
  to: isoDate.optional().meta({ description: 'Last reference date (YYYY-MM-DD).' }),
  format: format.optional(),
});
export const roundsQuery = z.strictObject({ region: regionList.optional(), ...paged });
export const namedContactSharesQuery = z.strictObject({
  region: regionList.optional(),
  from: isoDate.optional().meta({ description: 'First reference date (YYYY-MM-DD).' }),
  to: isoDate.optional().meta({ description: 'Last reference date (YYYY-MM-DD).' }),
  ...paged,
});
export const otherMeasuresQuery = z.strictObject({
  region: regionOrNationalList.optional().meta({
    description: 'SCB county codes, comma-separated; `00` for statements about the whole country (e.g. `00,10`).',
    example: '00,10',
  }),
  measure: z
    .string()
    .regex(/^[a-z0-9_]{1,64}(,[a-z0-9_]{1,64})*$/, { message: 'Expected one or more measure names (a-z, 0-9, _) separated by commas.' })
    .transform((value) => value.split(','))
    .optional()
    .meta({ description: 'Measure names as listed in `measure`, comma-separated.', example: 'residents_per_doctor' }),
  ...paged,
});

const sourceStatus = z.enum(['verified', 'secondary', 'uncertain']).meta({ description: 'How well the source supports the figure.' });
const decisionKind = z.enum(DECISION_KINDS).meta({
  description:
    'What the source says was decided. decided_1100: decided the guideline; decided_figure: another decided figure; decided_no_figure: a reduction without a figure; ambition: a stated ambition, no decided figure; no_decision: a source confirms no decision existed at that date; declined: decided not to adopt; revoked: an earlier decision revoked.',
});
const decisionState = z.enum(DECISION_STATES).meta({
  description:
    'How the decision stands, as the map shows it: a decided figure by how it stands to 1 100 (figure_stricter, figure_1100, figure_looser), reduction_no_figure, ambition, no_decision, declined, revoked; unknown when nothing is known by the day (no source at all — not the same as no_decision).',
});
/** Why a figure is null. */
const missingReason = z.enum(['not_reported', 'not_known', 'no_population', 'no_capacity', 'no_target', 'not_applicable', 'no_complete_point']).meta({
  description:
    'Why the figures are null (missing is never 0): not_reported (no report, or the source says the region did not report), not_known (no source has a figure), no_population (no SCB population for the year), no_capacity (capacity reported as 0), no_target (no decided own figure in force), not_applicable (e.g. an own target for Riket), no_complete_point (no national point covering enough of the population yet).',
});
export type ApiMissingReason = z.output<typeof missingReason>;
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
  kind: decisionKind.nullable().meta({ description: 'Null when asked `asOf` and nothing is known by that day (state `unknown`).' }),
  state: decisionState,
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

/**
 * Riket's coverage, as flat fields (one CSV column each): which regions a national figure sums and
 * what share of the population they hold. Null on a region's row.
 */
function coverage(of: string) {
  return {
    regions: z
      .array(z.string())
      .nullable()
      .meta({ description: `Riket only: the regions (SCB codes) whose ${of} for exactly this reference date are summed (CSV: space-separated). Null for a region.` }),
    regionCount: z.int().nullable().meta({ description: `Riket only: how many regions the ${of} covers, of totalRegions.` }),
    populationShare: z
      .number()
      .nullable()
      .meta({ description: `Riket only: the covered regions' share (0–1) of the population of every region with a known population.` }),
    complete: z
      .boolean()
      .nullable()
      .meta({ description: `Riket only: true when the covered regions hold at least ${COVERAGE_THRESHOLD * 100} % of the population; false: a partial figure, never a national change.` }),
  };
}
const staffingCoverage = coverage('staffing');
const shareCoverage = coverage('named-contact figure');

const nationalFigures = {
  population: z.int().nullable().meta({ description: 'Residents the figures divide: for Riket, Σ population of the covered regions.' }),
  capacity: figure.meta({ description: 'Specialist FTE + 0.5 × ST FTE (Riket: Σ over the covered regions).' }),
  residentsPerDoctor: figure.meta({ description: 'Population / capacity (Riket: Σ population / Σ capacity, never a mean of ratios). The guideline is 1 100.' }),
  fteNeededFor1100: figure.meta({ description: 'Population / 1 100.' }),
  gapTo1100: figure.meta({ description: 'FTE still missing for 1 100 (negative: capacity beyond it).' }),
  missingReason: missingReason.nullable().meta({ description: 'Why residentsPerDoctor and gapTo1100 (and the figures they need) are null; null when they have values.' }),
  coverageRegions: staffingCoverage.regions,
  coverageRegionCount: staffingCoverage.regionCount,
  totalRegions: z.int().nullable().meta({ description: 'Riket only: the number of regions (21).' }),
  coveragePopulationShare: staffingCoverage.populationShare,
  coverageComplete: staffingCoverage.complete,
};

const nationalShare = {
  shareWithNamedContact: figure.meta({
    description: 'Share (0–1) of residents with a named fast läkarkontakt: a report’s count / population, or a sourced share; Riket: Σ named / Σ population of the covered regions.',
  }),
  shareWithNamedContactMissingReason: missingReason.nullable().meta({ description: 'Why shareWithNamedContact is null; null when it has a value.' }),
  shareCoverageRegions: shareCoverage.regions,
  shareCoverageRegionCount: shareCoverage.regionCount,
  shareCoveragePopulationShare: shareCoverage.populationShare,
  shareCoverageComplete: shareCoverage.complete,
};

export const measureItem = z.object({
  regionCode: z.string().meta({ description: 'SCB county code, or `00` for Riket (the regions that reported for the reference date).' }),
  regionName: z.string(),
  asOf: z.string(),
  nationalPoint: z.enum(['current', 'last_complete']).nullable().meta({
    description:
      `Riket only: \`current\` is the latest national point on or before asOf; \`last_complete\` (given when the current staffing or named-contact point is partial) gives, for each, the latest point covering at least ${COVERAGE_THRESHOLD * 100} % of the population (null with no_complete_point when there is none yet). Null for a region.`,
  }),
  decisionKind: decisionKind.nullable().meta({ description: 'The decision in force on asOf (null: nothing known, or Riket).' }),
  decisionState: decisionState.nullable().meta({ description: 'The state of the decision in force on asOf; null for Riket.' }),
  ownTarget: z.int().nullable().meta({ description: "The region's own decided figure in force on asOf, if any (decisionState says why not)." }),
  referenceDate: z.string().nullable().meta({ description: 'Reference date of the staffing report used (Riket: of the national point).' }),
  decisionStateAtReport: decisionState.nullable().meta({
    description: "The state of the decision in force on the report's reference date (a later decision never applies to an earlier report); null without a report, and for Riket.",
  }),
  ownTargetAtReport: z.int().nullable().meta({
    description: "The own decided figure in force on the report's reference date: what fteNeededForOwnTarget and gapToOwnTarget measure against.",
  }),
  populationYear: z.int().nullable().meta({ description: 'The SCB year-end the report is divided by; null for Riket (each region its own).' }),
  ...nationalFigures,
  fteNeededForOwnTarget: figure.meta({ description: 'Population / ownTargetAtReport.' }),
  gapToOwnTarget: figure.meta({ description: 'FTE still missing for ownTargetAtReport.' }),
  ownTargetMissingReason: missingReason.nullable().meta({ description: 'Why fteNeededForOwnTarget and gapToOwnTarget are null (no_target: no decided figure in force on the report date; not_applicable for Riket).' }),
  ...nationalShare,
  shareWithNamedContactReferenceDate: z.string().nullable().meta({ description: 'The reference date the share is for.' }),
  shareWithNamedContactFrom: z.enum(['report', 'source', 'national_sum']).nullable().meta({
    description: "Where the share comes from: a published staffing report's count, a sourced share (named-contact-shares), or Riket's sum over shareCoverageRegions.",
  }),
  isExample: z.boolean().meta({ description: 'True when any figure on the row comes from the labelled example dataset.' }),
});

export const nationalItem = z.object({
  referenceDate: z.string().meta({ description: 'A reference date any region reported for (staffing or a named-contact figure).' }),
  ...nationalFigures,
  ...nationalShare,
  isExample: z.boolean().meta({ description: 'True when any covered region’s figure comes from the labelled example dataset.' }),
});

export const namedContactShareItem = z.object({
  regionCode: z.string(),
  referenceDate: z.string(),
  sharePercent: z.number().nullable().meta({ description: 'Percent (0–100) of residents with a named fast läkarkontakt, as the source prints it; null when the source says the region did not report.' }),
  status: z.enum(['reported', 'not_reported']).meta({ description: 'not_reported: the source names the region as not having reported (sharePercent is null).' }),
  sourceUrl: z.string(),
  sourceTitle: z.string(),
  sourceStatus,
});

export const otherMeasureItem = z.object({
  id: z.int(),
  regionCode: z.string().meta({ description: 'SCB county code, or `00` for a statement about the whole country.' }),
  publisher: z.string().meta({ description: 'Who publishes the figure (not Socialstyrelsen’s follow-up).' }),
  measure: z.string().meta({ description: "The publisher's measure, e.g. residents_per_doctor (Läkarförbundet's residents per primary-care doctor): its own definition, not residentsPerDoctor." }),
  valueText: z.string().meta({ description: 'The value as the source states it ("2 803", "> 50", "10 av 21"): text, never mixed into the product’s figures.' }),
  period: z.string().meta({ description: 'The period the source refers to, as precisely as it says.' }),
  definitionSv: z.string(),
  definitionEn: z.string(),
  quote: z.string().meta({ description: "The source's own words (Swedish)." }),
  sourceUrl: z.string(),
  sourceTitle: z.string(),
  sourceStatus,
  publishedOn: z.string(),
  noteSv: z.string().nullable(),
  noteEn: z.string().nullable(),
  readingGroup: z.string().meta({ description: 'measure/region/period: rows with the same group are readings of the same figure.' }),
  readingsInGroup: z.int().meta({ description: 'How many readings the group has.' }),
  readingsDisagree: z.boolean().meta({ description: 'True when readings in the group state different values; each is shown with its source.' }),
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
