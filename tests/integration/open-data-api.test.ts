import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db/client';
import { eq, inArray } from 'drizzle-orm';
import { GET as namedContactShares } from '@/app/api/v1/named-contact-shares/route';
import { GET as national } from '@/app/api/v1/national/route';
import { GET as otherMeasures } from '@/app/api/v1/other-measures/route';
import { decisions, externalMeasures, followUpRounds, namedContactShares as namedContactShareTable, staffingReports } from '@/lib/db/schema';
import { seedExampleData } from '@/lib/db/seed/example-data';
import { isDocumentedParameter } from '@/lib/api/documentation';
import { bulkFileName, endpointNamed, endpoints } from '@/lib/api/endpoints';
import { preparedDatabase } from '../support/database';
import { apiRequest, bulk, decisionsOptions, download, handlers as baseHandlers, openapi } from '../support/api';

let db: Database;
let doc: { paths: Record<string, { get: { parameters?: { name: string }[] } }>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const itemSchemaName = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}Item`;
const pointer = (path: string) => path.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every endpoint's real route handler, by the endpoint's name. */
const handlers = { ...baseHandlers, national, namedContactShares, otherMeasures } as const;
type EndpointName = keyof typeof handlers;

async function call(name: EndpointName, query = '', headers: Record<string, string> = {}) {
  return handlers[name](apiRequest(`${endpointNamed(name).path}${query}`, headers));
}

async function data<T = Record<string, unknown>>(name: EndpointName, query = ''): Promise<T[]> {
  const response = await call(name, query);
  expect(response.status, `${name}${query}`).toBe(200);
  return (await response.json()).data as T[];
}

interface MeasureRow {
  regionCode: string;
  nationalPoint: 'current' | 'last_complete' | null;
  referenceDate: string | null;
  residentsPerDoctor: number | null;
  gapTo1100: number | null;
  missingReason: string | null;
  coverageRegions: string[] | null;
  coverageRegionCount: number | null;
  totalRegions: number | null;
  coveragePopulationShare: number | null;
  coverageComplete: boolean | null;
  ownTarget: number | null;
  ownTargetAtReport: number | null;
  fteNeededForOwnTarget: number | null;
  gapToOwnTarget: number | null;
  ownTargetMissingReason: string | null;
  decisionState: string | null;
  decisionStateAtReport: string | null;
  shareWithNamedContact: number | null;
  shareWithNamedContactMissingReason: string | null;
  shareWithNamedContactReferenceDate: string | null;
  shareWithNamedContactFrom: string | null;
  [key: string]: unknown;
}

function validate(schemaRef: string, body: unknown): string[] {
  const check = ajv.getSchema(`openapi.json${schemaRef}`) ?? ajv.compile({ $ref: `openapi.json${schemaRef}` });
  return check(body) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/**
 * Whether a response holds a secret value: words as they are, numbers as whole numbers (1337 is found
 * in `"targetFigure":1337` and in `1 337`, not inside an unrelated 133742 of the example data).
 */
function leaks(text: string, secret: string): boolean {
  if (!/^[\d.,\u00a0 ]+$/.test(secret)) return text.includes(secret);
  const escaped = secret.replace(/[.]/g, '\\.');
  return new RegExp(`(?<![\\d.])${escaped}(?!\\d)`).test(text);
}

/** RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += ch;
    }
  }
  return rows;
}

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await seedExampleData(db);
  const response = openapi();
  doc = await response.json();
  ajv.addSchema(doc, 'openapi.json');
});

describe(`open-data API contract (${process.env.TEST_DATABASE})`, () => {
  it('serves an OpenAPI 3.1 document describing every endpoint and its parameters', () => {
    expect((doc as unknown as { openapi: string }).openapi).toBe('3.1.0');
    for (const endpoint of endpoints) {
      const operation = doc.paths[endpoint.path]?.get;
      expect(operation, endpoint.path).toBeDefined();
      expect(operation?.parameters?.map((p) => p.name).sort()).toEqual(Object.keys(endpoint.query.shape).sort());
    }
    for (const path of ['/api/v1/national', '/api/v1/named-contact-shares', '/api/v1/other-measures']) expect(doc.paths[path], path).toBeDefined();
  });

  it('has a route handler for every endpoint, and documentation (Swedish and English) for every parameter', () => {
    expect(Object.keys(handlers).sort()).toEqual(endpoints.map((e) => e.name).sort());
    for (const endpoint of endpoints) {
      expect(endpoint.about.sv.length, endpoint.name).toBeGreaterThan(20);
      expect(endpoint.about.en.length, endpoint.name).toBeGreaterThan(20);
      for (const parameter of Object.keys(endpoint.query.shape)) expect(isDocumentedParameter(parameter), `${endpoint.name} ${parameter}`).toBe(true);
    }
  });

  for (const endpoint of endpoints) {
    for (const example of ['', ...endpoint.examples]) {
      it(`${endpoint.path}${example} answers as documented, in JSON and CSV`, async () => {
        const name = endpoint.name as EndpointName;
        const jsonQuery = example.replace(/[?&]format=csv/, '');
        const response = await call(name, jsonQuery);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('application/json');
        const body = await response.json();
        const ref = `#/paths/${pointer(endpoint.path)}/get/responses/200/content/application~1json/schema`;
        expect(validate(ref, body)).toEqual([]);
        expect(body.meta.licence.name).toBe('CC BY 4.0');
        expect(body.meta.citation).toContain('Socialstyrelsen');
        expect(Date.parse(body.meta.lastUpdated)).not.toBeNaN();

        const csvResponse = await call(name, `${jsonQuery}${jsonQuery ? '&' : '?'}format=csv`);
        expect(csvResponse.status).toBe(200);
        expect(csvResponse.headers.get('content-type')).toContain('text/csv');
        expect(csvResponse.headers.get('link')).toContain('rel="describedby"');
        const rows = parseCsv(await csvResponse.text());
        expect(rows[0]).toEqual(Object.keys(doc.components.schemas[itemSchemaName(endpoint.name)]!.properties));
        expect(rows.length - 1).toBe(body.data.length);
      });
    }
  }

  it('gives CSV when the client asks for it with Accept', async () => {
    const response = await call('regions', '', { accept: 'text/csv' });
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(parseCsv(await response.text())).toHaveLength(22);
  });

  it('on asOf=2022-07-01 gives Gotland a 1 100 decision and Norrbotten nothing known (state unknown)', async () => {
    const body = await (await call('decisions', '?asOf=2022-07-01')).json();
    expect(body.data).toHaveLength(21);
    const gotland = body.data.find((d: { regionCode: string }) => d.regionCode === '09');
    const norrbotten = body.data.find((d: { regionCode: string }) => d.regionCode === '25');
    const varmland = body.data.find((d: { regionCode: string }) => d.regionCode === '17');
    expect(gotland).toMatchObject({ kind: 'decided_1100', state: 'figure_1100', targetFigure: 1100, decidedOn: '2022-06', decidedOnPrecision: 'month' });
    expect(varmland).toMatchObject({ kind: 'decided_figure', state: 'figure_looser', targetFigure: 1500, targetType: 'interim' });
    expect(norrbotten).toMatchObject({ kind: null, state: 'unknown', id: null, targetYear: null, reference: null, inForceOn: '2022-07-01' });
    // Every row carries the decision's target year and reference, known or not.
    for (const row of body.data) expect(Object.keys(row)).toEqual(expect.arrayContaining(['state', 'targetYear', 'reference']));
  });

  it('as of 2022-09-30 gives Kronoberg, Dalarna, Stockholm and Västra Götaland no decision (a source says so), not unknown', async () => {
    const rows = await data<{ regionCode: string; kind: string | null; state: string }>('decisions', '?asOf=2022-09-30&region=07,20,01,14');
    expect(rows.map((r) => r.regionCode)).toEqual(['01', '07', '14', '20']);
    for (const row of rows) expect(row, row.regionCode).toMatchObject({ kind: 'no_decision', state: 'no_decision' });
    const csv = parseCsv(await (await call('decisions', '?asOf=2022-09-30&region=07&format=csv')).text());
    const state = csv[0]!.indexOf('state');
    expect(state).toBeGreaterThan(0);
    expect(csv[1]![state]).toBe('no_decision');
    // The history names the same decisions with their kind and state.
    const history = await data<{ kind: string; state: string; decidedOn: string }>('decisions', '?region=07');
    expect(history).toContainEqual(expect.objectContaining({ kind: 'no_decision', state: 'no_decision', decidedOn: '2022-09' }));
  });

  it('gives SCB population for 2021 for all 21 regions, summing to 10 452 326', async () => {
    const rows = await data<{ regionCode: string; residents: number }>('population', '?from=2021&to=2021&limit=1000');
    expect(new Set(rows.map((r) => r.regionCode)).size).toBe(21);
    expect(rows).toHaveLength(21);
    expect(rows.reduce((sum, r) => sum + r.residents, 0)).toBe(10_452_326);
  });

  it("computes Riket as Σ population / Σ capacity of exactly the regions it lists", async () => {
    const measures = (await (await call('measures', '?asOf=2025-12-31')).json()).data as Record<string, unknown>[];
    const riket = measures.find((m) => m.regionCode === '00')!;
    expect(riket).toMatchObject({ nationalPoint: 'current', referenceDate: '2025-12-31', coverageRegionCount: 21, totalRegions: 21, coverageComplete: true });
    expect(riket.coveragePopulationShare).toBeCloseTo(1, 9);
    // A complete current point needs no second Riket row.
    expect(measures.filter((m) => m.regionCode === '00')).toHaveLength(1);
    const staffing = (await (await call('staffing', '?limit=1000')).json()).data as { regionCode: string; referenceDate: string; specialistsFte: number; traineesFte: number }[];
    const population = (await (await call('population', '?limit=1000')).json()).data as { regionCode: string; year: number; residents: number }[];
    let sumPopulation = 0;
    let sumCapacity = 0;
    for (const code of riket.coverageRegions as string[]) {
      const report = staffing.filter((s) => s.regionCode === code && s.referenceDate <= '2025-12-31').at(-1)!;
      // Year-end population of the report's own year (its reference date is 31 December), or the latest earlier year.
      const year = Number(report.referenceDate.slice(0, 4));
      const pop = population.filter((p) => p.regionCode === code && p.year <= year).at(-1)!;
      sumPopulation += pop.residents;
      sumCapacity += report.specialistsFte + 0.5 * report.traineesFte;
    }
    expect(riket.coverageRegions).toHaveLength(21);
    expect(riket.residentsPerDoctor as number).toBeCloseTo(sumPopulation / sumCapacity, 9);
    const meanOfRatios = measures.filter((m) => m.regionCode !== '00').reduce((acc, m) => acc + (m.residentsPerDoctor as number), 0) / 21;
    expect(Math.abs((riket.residentsPerDoctor as number) - meanOfRatios)).toBeGreaterThan(0.001);
  });

  it('answers region=00 with Riket only, with its coverage; and 00 beside regions', async () => {
    const riket = await data<MeasureRow>('measures', '?region=00&asOf=2025-12-31');
    expect(riket.length).toBeGreaterThan(0);
    expect(riket.every((row) => row.regionCode === '00')).toBe(true);
    expect(riket[0]).toMatchObject({ regionName: 'Riket', nationalPoint: 'current', referenceDate: '2025-12-31', totalRegions: 21, coverageComplete: true });
    expect(riket[0]!.coverageRegions).toHaveLength(riket[0]!.coverageRegionCount!);
    expect(riket[0]!.ownTargetMissingReason).toBe('not_applicable');
    const mixed = await data<MeasureRow>('measures', '?region=09,00&asOf=2025-12-31');
    expect(mixed.map((row) => row.regionCode)).toEqual(['09', '00']);
    // Only measures (and others' national statements) know 00; elsewhere it is still an unknown region.
    expect((await call('population', '?region=00')).status).toBe(400);
    expect((await call('measures', '?region=99')).status).toBe(400);
    for (const repeated of ['00,00', '09,25,09']) {
      const response = await call('measures', `?region=${repeated}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('more than once');
    }
  });

  it("keeps Riket partial when one region reports first: 1 of 21, and the last complete figure unchanged (no jump)", async () => {
    const before = await data<MeasureRow>('measures', '?region=00&asOf=2025-12-31');
    const complete = before.find((row) => row.nationalPoint === 'current')!;
    expect(complete.coverageComplete).toBe(true);
    const [early] = await db
      .insert(staffingReports)
      .values({ regionCode: '09', referenceDate: '2026-01-31', specialistsHeadcount: 90, specialistsFte: 80, traineesHeadcount: 10, traineesFte: 8, source: 'Region Gotland', status: 'published' })
      .returning({ id: staffingReports.id });
    try {
      const rows = await data<MeasureRow>('measures', '?region=00&asOf=2026-01-31');
      const current = rows.find((row) => row.nationalPoint === 'current')!;
      const lastComplete = rows.find((row) => row.nationalPoint === 'last_complete')!;
      expect(current).toMatchObject({ referenceDate: '2026-01-31', coverageRegions: ['09'], coverageRegionCount: 1, totalRegions: 21, coverageComplete: false });
      expect(current.coveragePopulationShare).toBeGreaterThan(0);
      expect(current.coveragePopulationShare).toBeLessThan(0.8);
      // Gotland's own ratio, not a national change.
      const gotland = (await data<MeasureRow>('measures', '?region=09&asOf=2026-01-31'))[0]!;
      expect(current.residentsPerDoctor).toBeCloseTo(gotland.residentsPerDoctor!, 9);
      expect(lastComplete).toMatchObject({ referenceDate: '2025-12-31', coverageComplete: true, coverageRegionCount: complete.coverageRegionCount });
      expect(lastComplete.residentsPerDoctor).toBe(complete.residentsPerDoctor);
      expect(lastComplete.gapTo1100).toBe(complete.gapTo1100);

      // The series lists both points, each with its own coverage.
      const series = await data<MeasureRow>('national', '?from=2025-12-31&to=2026-01-31');
      expect(series.map((p) => [p.referenceDate, p.coverageRegionCount, p.coverageComplete])).toEqual([
        ['2025-12-31', complete.coverageRegionCount, true],
        ['2026-01-31', 1, false],
      ]);
      expect(series[0]!.residentsPerDoctor).toBe(complete.residentsPerDoctor);
      const csv = parseCsv(await (await call('measures', '?region=00&asOf=2026-01-31&format=csv')).text());
      const [header, ...body] = csv;
      expect(body.map((row) => row[header!.indexOf('nationalPoint')])).toEqual(['current', 'last_complete']);
      expect(body[0]![header!.indexOf('coverageRegions')]).toBe('09');
      expect(body[0]![header!.indexOf('coverageComplete')]).toBe('false');
    } finally {
      await db.delete(staffingReports).where(eq(staffingReports.id, early!.id));
    }
  });

  it("measures a report against the own target in force on the report's date, never a later decision", async () => {
    // Blekinge has no decision on record; a figure decided after its 2025-12-31 report does not apply to that report.
    const [decision] = await db
      .insert(decisions)
      .values({ regionCode: '10', kind: 'decided_figure', targetFigure: 1500, decidedOn: '2026-01-15', sourceStatus: 'verified', status: 'published' })
      .returning({ id: decisions.id });
    let laterReport: number | undefined;
    try {
      const [blekinge] = await data<MeasureRow>('measures', '?region=10&asOf=2026-02-01');
      expect(blekinge).toMatchObject({
        referenceDate: '2025-12-31',
        decisionState: 'figure_looser',
        ownTarget: 1500,
        decisionStateAtReport: 'unknown',
        ownTargetAtReport: null,
        fteNeededForOwnTarget: null,
        gapToOwnTarget: null,
        ownTargetMissingReason: 'no_target',
      });
      expect(blekinge!.residentsPerDoctor).not.toBeNull();

      // A report after the decision is measured against it.
      const [report] = await db
        .insert(staffingReports)
        .values({ regionCode: '10', referenceDate: '2026-01-31', specialistsHeadcount: 70, specialistsFte: 60, traineesHeadcount: 20, traineesFte: 16, source: 'Region Blekinge', status: 'published' })
        .returning({ id: staffingReports.id });
      laterReport = report!.id;
      const [after] = await data<MeasureRow>('measures', '?region=10&asOf=2026-02-01');
      expect(after).toMatchObject({ referenceDate: '2026-01-31', ownTarget: 1500, ownTargetAtReport: 1500, decisionStateAtReport: 'figure_looser', ownTargetMissingReason: null });
      const population = after!.population as number;
      expect(after!.fteNeededForOwnTarget).toBeCloseTo(population / 1500, 9);
      expect(after!.gapToOwnTarget).toBeCloseTo(population / 1500 - (60 + 0.5 * 16), 9);
    } finally {
      if (laterReport !== undefined) await db.delete(staffingReports).where(eq(staffingReports.id, laterReport));
      await db.delete(decisions).where(eq(decisions.id, decision!.id));
    }
  });

  it('serves the sourced named-contact shares, "not reported" as null with its status, and uses a source where no report has a count', async () => {
    const seeded = await data<{ regionCode: string; referenceDate: string; sharePercent: number | null; status: string; sourceUrl: string }>(
      'namedContactShares',
      '?from=2022-12-31&to=2022-12-31&limit=1000',
    );
    expect(seeded.filter((r) => r.status === 'reported')).toHaveLength(7);
    expect(seeded.filter((r) => r.status === 'not_reported')).toHaveLength(3);
    for (const row of seeded) {
      expect(row.sharePercent === null, row.regionCode).toBe(row.status === 'not_reported');
      expect(row.sourceUrl).toMatch(/^https?:\/\//);
    }
    expect(seeded.find((r) => r.regionCode === '07')).toMatchObject({ sharePercent: 7, status: 'reported' });
    const notReported = parseCsv(await (await call('namedContactShares', '?region=25&format=csv')).text());
    const [header, row] = notReported;
    expect(row![header!.indexOf('sharePercent')]).toBe(''); // empty, never 0
    expect(row![header!.indexOf('status')]).toBe('not_reported');

    // A sourced share after a region's last report with a count is the region's share, marked as sourced.
    await db.insert(namedContactShareTable).values([
      { regionCode: '24', referenceDate: '2026-01-15', sharePercent: 40.5, sourceUrl: 'https://example.org/andel', sourceTitle: 'Testkälla', sourceStatus: 'verified' },
      { regionCode: '21', referenceDate: '2026-01-15', sharePercent: null, sourceUrl: 'https://example.org/andel', sourceTitle: 'Testkälla', sourceStatus: 'verified' },
    ]);
    try {
      const rows = await data<MeasureRow>('measures', '?region=24,21&asOf=2026-01-20');
      const vasterbotten = rows.find((r) => r.regionCode === '24')!;
      const gavleborg = rows.find((r) => r.regionCode === '21')!;
      expect(vasterbotten).toMatchObject({ shareWithNamedContactFrom: 'source', shareWithNamedContactReferenceDate: '2026-01-15', shareWithNamedContactMissingReason: null });
      expect(vasterbotten.shareWithNamedContact).toBeCloseTo(0.405, 9);
      expect(gavleborg).toMatchObject({
        shareWithNamedContact: null,
        shareWithNamedContactMissingReason: 'not_reported',
        shareWithNamedContactFrom: 'source',
        shareWithNamedContactReferenceDate: '2026-01-15',
      });
      // Riket's share for that date covers the one region with a figure, and is partial.
      const riket = (await data<MeasureRow>('measures', '?region=00&asOf=2026-01-20')).find((r) => r.nationalPoint === 'current')!;
      expect(riket).toMatchObject({ shareWithNamedContactReferenceDate: '2026-01-15', shareCoverageRegions: ['24'], shareCoverageRegionCount: 1, shareCoverageComplete: false, shareWithNamedContactFrom: 'national_sum' });
      expect(riket.shareWithNamedContact).toBeCloseTo(0.405, 9);
      const lastComplete = (await data<MeasureRow>('measures', '?region=00&asOf=2026-01-20')).find((r) => r.nationalPoint === 'last_complete')!;
      expect(lastComplete.shareCoverageComplete).toBe(true);
      expect(lastComplete.shareWithNamedContactReferenceDate! < '2026-01-15').toBe(true);
    } finally {
      await db.delete(namedContactShareTable).where(eq(namedContactShareTable.referenceDate, '2026-01-15'));
    }
  });

  it("serves others' measures with definition, publisher, period and source, and marks readings that disagree", async () => {
    const seeded = await data<Record<string, unknown>>('otherMeasures', '?limit=1000');
    expect(seeded.length).toBeGreaterThan(0);
    const blekinge = seeded.find((r) => r.regionCode === '10' && r.valueText === '2 803')!;
    expect(blekinge).toMatchObject({ publisher: 'Sveriges läkarförbund', period: '2022-06', readingsInGroup: 1, readingsDisagree: false });
    for (const row of seeded) {
      for (const field of ['definitionSv', 'definitionEn', 'publisher', 'period', 'sourceUrl', 'sourceTitle', 'sourceStatus', 'quote']) {
        expect(typeof row[field], `${row.id} ${field}`).toBe('string');
      }
    }
    // Läkarförbundet's residents per primary-care doctor, June 2022 (Blekinge, Norrbotten, Örebro), by its measure name.
    const lf = await data<{ regionCode: string; valueText: string; publisher: string }>('otherMeasures', `?measure=${blekinge.measure as string}`);
    expect(lf.filter((r) => r.publisher === 'Sveriges läkarförbund').map((r) => [r.regionCode, r.valueText]).sort()).toEqual([
      ['10', '2 803'],
      ['18', '2 035'],
      ['25', '2 192'],
    ]);
    // The documentation page's examples find something.
    for (const example of endpointNamed('otherMeasures').examples) {
      const query = example.replace(/[?&]format=csv/, '');
      expect((await data('otherMeasures', query)).length, example).toBeGreaterThan(0);
    }
    // Läkarförbundet's figure is shown beside the product's measure, never as it.
    const [measure] = await data<MeasureRow>('measures', '?region=10&asOf=2022-07-01');
    expect(measure!.residentsPerDoctor).not.toBe(2803);

    const reading = {
      regionCode: null,
      publisher: 'Testutgivare',
      measure: 'test_years_to_goal',
      period: '2030',
      definitionSv: 'Test',
      definitionEn: 'Test',
      quote: 'Test',
      sourceUrl: 'https://example.org/a',
      sourceTitle: 'Test',
      sourceStatus: 'secondary' as const,
      publishedOn: '2026-01-01',
    };
    const inserted = await db
      .insert(externalMeasures)
      .values([
        { ...reading, valueText: '88' },
        { ...reading, valueText: '334', sourceUrl: 'https://example.org/b' },
        { ...reading, valueText: '12', period: '2031' },
      ])
      .returning({ id: externalMeasures.id });
    try {
      const rows = await data<{ regionCode: string; period: string; readingGroup: string; readingsInGroup: number; readingsDisagree: boolean }>(
        'otherMeasures',
        '?measure=test_years_to_goal&region=00',
      );
      expect(rows).toHaveLength(3);
      expect(rows.every((r) => r.regionCode === '00')).toBe(true);
      const disagreeing = rows.filter((r) => r.period === '2030');
      expect(disagreeing).toHaveLength(2);
      expect(new Set(disagreeing.map((r) => r.readingGroup)).size).toBe(1);
      for (const row of disagreeing) expect(row).toMatchObject({ readingsInGroup: 2, readingsDisagree: true });
      expect(rows.find((r) => r.period === '2031')).toMatchObject({ readingsInGroup: 1, readingsDisagree: false });
      expect(await data('otherMeasures', '?measure=test_years_to_goal&region=10')).toHaveLength(0);
    } finally {
      await db.delete(externalMeasures).where(inArray(externalMeasures.id, inserted.map((r) => r.id)));
    }
  });

  it('never gives a missing figure as 0: every null has its reason, in measures and in the national series', async () => {
    // [figure, its reason field]: a null figure has a reason, a figure with a value has none.
    const checks: [number | null, string | null][] = [];
    for (const asOf of ['2022-07-01', '2023-06-30', '2025-12-31', 'latest']) {
      for (const row of await data<MeasureRow>('measures', `?asOf=${asOf}`)) {
        checks.push([row.residentsPerDoctor, row.missingReason], [row.shareWithNamedContact, row.shareWithNamedContactMissingReason]);
        checks.push([row.gapToOwnTarget, row.ownTargetMissingReason]);
        if (row.gapTo1100 === null) expect(row.missingReason, row.regionCode).not.toBeNull();
        if (row.regionCode !== '00') expect(row.coverageRegions, row.regionCode).toBeNull();
      }
    }
    for (const point of await data<MeasureRow>('national')) {
      checks.push([point.residentsPerDoctor, point.missingReason], [point.shareWithNamedContact, point.shareWithNamedContactMissingReason]);
      expect(point.coverageRegionCount === null || point.coverageRegionCount > 0, point.referenceDate!).toBe(true);
    }
    expect(checks.length).toBeGreaterThan(100);
    expect(checks.some(([figure]) => figure === null)).toBe(true);
    for (const [figure, reason] of checks) {
      if (figure === null) expect(reason).not.toBeNull();
      else expect(reason).toBeNull();
    }
    // Before any report, Riket says not reported instead of 0.
    const [riket] = await data<MeasureRow>('measures', '?region=00&asOf=2022-07-01');
    expect(riket).toMatchObject({ residentsPerDoctor: null, population: null, capacity: null, missingReason: 'not_reported', coverageRegions: null });
  });

  it('pages long lists with a stable order and a link to the next page', async () => {
    const first = await (await call('population', '?limit=50')).json();
    const second = await (await call('population', '?limit=50&offset=50')).json();
    expect(first.meta.pagination).toMatchObject({ limit: 50, offset: 0, total: expect.any(Number) });
    expect(first.meta.pagination.next).toBe('/api/v1/population?limit=50&offset=50');
    const all = await (await call('population', '?limit=1000')).json();
    expect([...first.data, ...second.data]).toEqual(all.data.slice(0, 100));
  });

  it('answers conditional requests with 304 and picks up a publication', async () => {
    const first = await call('measures');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(first.headers.get('cache-control')).toMatch(/public/);
    expect((await call('measures', '', { 'if-none-match': etag })).status).toBe(304);
    expect((await call('measures', '', { 'if-modified-since': lastModified })).status).toBe(304);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    await db.insert(staffingReports).values({
      regionCode: '13',
      referenceDate: '2026-03-31',
      specialistsHeadcount: 150,
      specialistsFte: 140,
      traineesHeadcount: 50,
      traineesFte: 45,
      source: 'Region Halland',
      status: 'published',
    });
    const after = await call('measures', '?asOf=latest', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect((await call('measures', '', { 'if-modified-since': lastModified })).status).toBe(200);

    // Removing published data is a change too: Last-Modified never moves backwards.
    const beforeRemoval = (await call('measures')).headers.get('last-modified')!;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await db.delete(staffingReports).where(eq(staffingReports.regionCode, '13'));
    const afterRemoval = await call('measures', '', { 'if-modified-since': beforeRemoval });
    expect(afterRemoval.status).toBe(200);
    expect(Date.parse(afterRemoval.headers.get('last-modified')!)).toBeGreaterThan(Date.parse(beforeRemoval));
  });

  it('allows cross-origin reads', async () => {
    expect((await call('regions')).headers.get('access-control-allow-origin')).toBe('*');
    const preflight = decisionsOptions();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers 500+ malformed parameter values with 400 problem documents naming the parameter, never a 500', async () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2022-02-30', '2022-13-01', '99', '01,99', '09,,25', '-1', '0', '1001', '1e3', 'latest!', 'xml', '9999-99-99', '２０２２', "'; drop table", '%00', '__proto__'),
      fc.integer({ min: -1e6, max: 1e9 }).map(String),
    );
    const request = fc.constantFrom(...endpoints).chain((endpoint) =>
      fc.tuple(
        fc.constant(endpoint),
        fc.uniqueArray(fc.tuple(fc.constantFrom(...Object.keys(endpoint.query.shape)), junk), {
          minLength: 1,
          maxLength: 3,
          selector: ([key]) => key,
        }),
      ),
    );
    let badRequests = 0;
    await fc.assert(
      fc.asyncProperty(request, async ([endpoint, pairs]) => {
        const response = await call(endpoint.name as EndpointName, `?${new URLSearchParams(pairs)}`);
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) {
          badRequests += 1;
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          const body = await response.json();
          expect(validate('#/components/schemas/Problem', body)).toEqual([]);
          expect(body.errors.length).toBeGreaterThan(0);
          const given = pairs.map(([key]) => key);
          for (const error of body.errors) expect(given).toContain(error.parameter);
        }
      }),
      { numRuns: 600 },
    );
    expect(badRequests).toBeGreaterThanOrEqual(500);
  });

  it('refuses unknown, repeated and contradictory parameters', async () => {
    const unknown = await (await call('regions', '?colour=red')).json();
    expect(unknown.errors).toEqual([{ parameter: 'colour', message: 'Unknown parameter.' }]);
    const repeated = await (await call('population', '?region=09&region=25')).json();
    expect(repeated.errors).toEqual([{ parameter: 'region', message: 'Given more than once.' }]);
    const contradictory = await call('decisions', '?asOf=2023-01-01&from=2022-01-01');
    expect(contradictory.status).toBe(400);
    expect((await contradictory.json()).errors[0].parameter).toBe('asOf');
  });

  it('limits each client and says when to retry', async () => {
    // The clock stands still, so no token is refilled between requests however slow the machine is.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      let limited: Response | undefined;
      for (let i = 0; i < 70 && !limited; i += 1) {
        const response = await handlers.regions(apiRequest('/api/v1/regions', {}, '198.51.100.7'));
        if (response.status === 429) limited = response;
      }
      expect(limited?.status).toBe(429);
      expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await handlers.regions(apiRequest('/api/v1/regions', {}, '198.51.100.8'))).status).toBe(200);
      // Only the last entry counts, the one server.mjs writes: anything left of it changes nothing.
      const rotated = await handlers.regions(
        new Request('http://localhost/api/v1/regions', { headers: { 'x-forwarded-for': '1.2.3.4, 198.51.100.7' } }),
      );
      expect(rotated.status).toBe(429);
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows each region's reporting state per round, and who is late, without any unpublished figure", async () => {
    await db.insert(followUpRounds).values({ name: 'Uppföljning 2026', referenceDate: '2026-06-30', opensOn: '2026-07-01', closesOn: '2026-09-30' });
    const base = { referenceDate: '2026-06-30', specialistsHeadcount: 50, specialistsFte: 45, traineesHeadcount: 10, traineesFte: 9, source: 'Regionen' };
    await db.insert(staffingReports).values([
      { ...base, regionCode: '09', status: 'published' },
      { ...base, regionCode: '25', status: 'published' },
      { ...base, regionCode: '25', status: 'draft', specialistsFte: 46.5 },
      { ...base, regionCode: '13', status: 'returned', reviewComment: 'Källan saknas.' },
      { ...base, regionCode: '17', status: 'submitted' },
    ]);
    const rows = (await (await call('rounds', '?limit=1000')).json()).data as { regionCode: string; state: string; daysLate: number | null }[];
    expect(rows).toHaveLength(21);
    const byRegion = Object.fromEntries(rows.map((r) => [r.regionCode, r]));
    expect(byRegion['09']).toMatchObject({ state: 'published', daysLate: null });
    expect(byRegion['25']).toMatchObject({ state: 'published', daysLate: null });
    expect(byRegion['17']).toMatchObject({ state: 'submitted', daysLate: null });
    // Today (2026-11 or later) is past the 2026-09-30 deadline: unsubmitted regions are late.
    expect(byRegion['13']?.state).toBe('returned');
    expect(byRegion['13']?.daysLate).toBeGreaterThan(0);
    expect(byRegion['01']?.state).toBe('not_started');
    expect(byRegion['01']?.daysLate).toBe(byRegion['13']?.daysLate);
  });

  it('never serves an unpublished value, in any endpoint, format or the bulk download', async () => {
    await db.insert(staffingReports).values({
      regionCode: '22',
      referenceDate: '2025-06-30',
      specialistsHeadcount: 7777,
      specialistsFte: 4321.75,
      traineesHeadcount: 6666,
      traineesFte: 1234.25,
      residentsWithNamedContact: 987654,
      source: 'HEMLIGT-UTKAST',
      status: 'submitted',
    });
    await db.insert(decisions).values({
      regionCode: '22',
      kind: 'decided_figure',
      targetFigure: 1337,
      decidedOn: '2025-05-05',
      sourceStatus: 'verified',
      note: 'HEMLIGT-BESLUT',
      status: 'draft',
    });
    const secrets = ['HEMLIGT', '4321.75', '1234.25', '987654', '1337', '7777', '6666'];
    for (const endpoint of endpoints) {
      const accepts = Object.keys(endpoint.query.shape);
      const params = [
        accepts.includes('region') ? 'region=22' : '',
        accepts.includes('asOf') ? 'asOf=latest' : '',
        accepts.includes('limit') ? 'limit=1000' : '',
      ].filter(Boolean);
      for (const query of ['', `?${params.join('&')}`, `?${[...params, 'format=csv'].join('&')}`]) {
        const response = await call(endpoint.name as EndpointName, query === '?' ? '' : query);
        expect(response.status, `${endpoint.name}${query}`).toBe(200);
        const text = await response.text();
        for (const secret of secrets) expect(leaks(text, secret), `${endpoint.name}${query}: ${secret}`).toBe(false);
      }
    }
    const zip = unzipSync(new Uint8Array(await (await bulk(apiRequest('/api/v1/bulk'))).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(
      [
        'README.md',
        'decisions.csv',
        'measures.csv',
        'metadata.json',
        'named-contact-shares.csv',
        'national.csv',
        'other-measures.csv',
        'population.csv',
        'regions.csv',
        'rounds.csv',
        'staffing.csv',
      ].sort(),
    );
    expect(endpoints.map(bulkFileName).every((file) => file in zip)).toBe(true);
    for (const [file, content] of Object.entries(zip)) {
      const text = strFromU8(content);
      for (const secret of secrets) expect(leaks(text, secret), `${file}: ${secret}`).toBe(false);
    }

    // The dashboard's downloads of every view, in both languages and formats (an XLSX is a zip of XML).
    const shownSecrets = [...secrets, '2025-06-30', '2025-05-05', '1 337', '1\u00a0337', '1,337'];
    for (const lang of ['sv', 'en']) {
      for (const view of ['map&date=2025-07-01', 'table&date=2025-07-01', 'chart&regions=22&measure=gapTo1100', 'chart&regions=22']) {
        for (const format of ['csv', 'xlsx']) {
          const query = `/api/download?lang=${lang}&view=${view}&format=${format}`;
          const response = await download(apiRequest(query));
          expect(response.status, query).toBe(200);
          const bytes = new Uint8Array(await response.arrayBuffer());
          const texts = format === 'csv' ? [strFromU8(bytes)] : Object.values(unzipSync(bytes)).map((file) => strFromU8(file));
          for (const text of texts) for (const secret of shownSecrets) expect(leaks(text, secret), `${query}: ${secret}`).toBe(false);
        }
      }
    }
  });

  it("the dashboard's table download gives the same figures as the measures endpoint, for every region and Riket", async () => {
    const measures = (await (await call('measures', '?asOf=2025-12-31')).json()).data as { regionCode: string; residentsPerDoctor: number | null }[];
    const response = await download(apiRequest('/api/download?lang=en&view=table&date=2025-12-31&format=csv&columns=residentsPerDoctor'));
    // Named in the language of the page it came from.
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="named-gp-table-2025-12-31.csv"');
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    const header = lines.indexOf('Region,Residents per named GP');
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 1, lines.indexOf('', header)).map((line) => line.split(','));
    expect(rows).toHaveLength(22);
    const regionNames = new Map((await (await call('regions')).json()).data.map((r: { code: string; nameEn: string }) => [r.nameEn, r.code]));
    for (const [name, figure] of rows) {
      const code = name!.startsWith('Sweden') ? '00' : regionNames.get(name!.replace(' (Example data)', ''));
      const measure = measures.find((m) => m.regionCode === code);
      expect(measure, name).toBeDefined();
      // A region without a figure has words in the file ("Not reported"), never a number.
      if (measure!.residentsPerDoctor === null) expect(figure, name).toMatch(/^[A-Z][a-z]/);
      else expect(Number(figure), name).toBe(Math.round(measure!.residentsPerDoctor));
    }
  });

  it("a table download names the view it was made from, with the table's search, filter, sort and columns", async () => {
    const response = await download(
      apiRequest('/api/download?lang=sv&view=table&date=2025-12-31&format=csv&q=got&kind=figure_1100&sort=name&order=desc&columns=decision,residentsPerDoctor'),
    );
    const text = await response.text();
    expect(text).toContain('/?view=table&date=2025-12-31&q=got&kind=figure_1100&sort=name&order=desc&columns=name,decision,residentsPerDoctor');
  });

  it('bulk download carries metadata, licence and citation and revalidates', async () => {
    const response = await bulk(apiRequest('/api/v1/bulk'));
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const metadata = JSON.parse(strFromU8(zip['metadata.json']!));
    expect(metadata.licence.name).toBe('CC BY 4.0');
    expect(metadata.definitions.capacity).toContain('0,5');
    expect(strFromU8(zip['README.md']!)).toContain('Så citerar du');
    expect(strFromU8(zip['README.md']!)).toContain('`national.csv`');
    expect(metadata.tables.map((t: { file: string }) => t.file)).toEqual(endpoints.map(bulkFileName));
    expect(metadata.tables.find((t: { file: string }) => t.file === 'other-measures.csv').columns).toContain('readingsDisagree');
    expect(metadata.definitions.coverage).toContain('80 %');
    expect(metadata.definitions.otherMeasures).toContain('Läkarförbundet');
    const regionsCsv = zip['regions.csv']!;
    expect([...regionsCsv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark, for spreadsheet programs
    expect(strFromU8(regionsCsv).startsWith('code,nameSv,nameEn,isoCode')).toBe(true);
    const again = await bulk(apiRequest('/api/v1/bulk', { 'if-none-match': response.headers.get('etag')! }));
    expect(again.status).toBe(304);
  });
});
