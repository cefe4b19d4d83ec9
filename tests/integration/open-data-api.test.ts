import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { eq } from 'drizzle-orm';
import { decisions, followUpRounds, staffingReports } from '@/lib/db/schema';
import { seedExampleData } from '@/lib/db/seed/example-data';
import { endpoints } from '@/lib/api/endpoints';
import { preparedDatabase } from '../support/database';
import { apiRequest, bulk, decisionsOptions, download, handlers, openapi, type EndpointName } from '../support/api';

let db: Database;
let doc: { paths: Record<string, { get: { parameters?: { name: string }[] } }>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const itemSchemaName = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}Item`;
const pointer = (path: string) => path.replaceAll('~', '~0').replaceAll('/', '~1');

async function call(name: EndpointName, query = '', headers: Record<string, string> = {}) {
  return handlers[name](apiRequest(`/api/v1/${name}${query}`, headers));
}

function validate(schemaRef: string, body: unknown): string[] {
  const check = ajv.getSchema(`openapi.json${schemaRef}`) ?? ajv.compile({ $ref: `openapi.json${schemaRef}` });
  return check(body) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
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

  it('on asOf=2022-07-01 gives Gotland a 1 100 decision and Norrbotten none', async () => {
    const body = await (await call('decisions', '?asOf=2022-07-01')).json();
    expect(body.data).toHaveLength(21);
    const gotland = body.data.find((d: { regionCode: string }) => d.regionCode === '09');
    const norrbotten = body.data.find((d: { regionCode: string }) => d.regionCode === '25');
    expect(gotland).toMatchObject({ kind: 'decided_1100', targetFigure: 1100, decidedOn: '2022-06', decidedOnPrecision: 'month' });
    expect(norrbotten).toMatchObject({ kind: null, id: null, inForceOn: '2022-07-01' });
  });

  it("computes Riket as Σ population / Σ capacity of exactly the regions it lists", async () => {
    const measures = (await (await call('measures', '?asOf=2025-12-31')).json()).data as Record<string, unknown>[];
    const riket = measures.find((m) => m.regionCode === '00')!;
    const staffing = (await (await call('staffing', '?limit=1000')).json()).data as { regionCode: string; referenceDate: string; specialistsFte: number; traineesFte: number }[];
    const population = (await (await call('population', '?limit=1000')).json()).data as { regionCode: string; year: number; residents: number }[];
    let sumPopulation = 0;
    let sumCapacity = 0;
    for (const code of riket.includedRegions as string[]) {
      const report = staffing.filter((s) => s.regionCode === code && s.referenceDate <= '2025-12-31').at(-1)!;
      // Year-end population of the report's own year (its reference date is 31 December), or the latest earlier year.
      const year = Number(report.referenceDate.slice(0, 4));
      const pop = population.filter((p) => p.regionCode === code && p.year <= year).at(-1)!;
      sumPopulation += pop.residents;
      sumCapacity += report.specialistsFte + 0.5 * report.traineesFte;
    }
    expect(riket.includedRegions).toHaveLength(21);
    expect(riket.residentsPerDoctor as number).toBeCloseTo(sumPopulation / sumCapacity, 9);
    const meanOfRatios = measures.filter((m) => m.regionCode !== '00').reduce((acc, m) => acc + (m.residentsPerDoctor as number), 0) / 21;
    expect(Math.abs((riket.residentsPerDoctor as number) - meanOfRatios)).toBeGreaterThan(0.001);
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
    let limited: Response | undefined;
    for (let i = 0; i < 70 && !limited; i += 1) {
      const response = await handlers.regions(apiRequest('/api/v1/regions', {}, '198.51.100.7'));
      if (response.status === 429) limited = response;
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await handlers.regions(apiRequest('/api/v1/regions', {}, '198.51.100.8'))).status).toBe(200);
    // What the client itself writes into X-Forwarded-For (left of the proxy's entry) changes nothing.
    const rotated = await handlers.regions(
      new Request('http://localhost/api/v1/regions', { headers: { 'x-forwarded-for': '1.2.3.4, 198.51.100.7' } }),
    );
    expect(rotated.status).toBe(429);
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
        for (const secret of secrets) expect(text, `${endpoint.name}${query}`).not.toContain(secret);
      }
    }
    const zip = unzipSync(new Uint8Array(await (await bulk(apiRequest('/api/v1/bulk'))).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['README.md', 'decisions.csv', 'measures.csv', 'metadata.json', 'population.csv', 'regions.csv', 'rounds.csv', 'staffing.csv']);
    for (const [file, content] of Object.entries(zip)) {
      const text = strFromU8(content);
      for (const secret of secrets) expect(text, file).not.toContain(secret);
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
          for (const text of texts) for (const secret of shownSecrets) expect(text, query).not.toContain(secret);
        }
      }
    }
  });

  it("the dashboard's table download gives the same figures as the measures endpoint, for every region and Riket", async () => {
    const measures = (await (await call('measures', '?asOf=2025-12-31')).json()).data as { regionCode: string; residentsPerDoctor: number | null }[];
    const response = await download(apiRequest('/api/download?lang=en&view=table&date=2025-12-31&format=csv&columns=residentsPerDoctor'));
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    const header = lines.indexOf('Region,Residents per fast läkarkontakt');
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

  it('bulk download carries metadata, licence and citation and revalidates', async () => {
    const response = await bulk(apiRequest('/api/v1/bulk'));
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const metadata = JSON.parse(strFromU8(zip['metadata.json']!));
    expect(metadata.licence.name).toBe('CC BY 4.0');
    expect(metadata.definitions.capacity).toContain('0,5');
    expect(strFromU8(zip['README.md']!)).toContain('Så citerar du');
    const regionsCsv = zip['regions.csv']!;
    expect([...regionsCsv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark, for spreadsheet programs
    expect(strFromU8(regionsCsv).startsWith('code,nameSv,nameEn,isoCode')).toBe(true);
    const again = await bulk(apiRequest('/api/v1/bulk', { 'if-none-match': response.headers.get('etag')! }));
    expect(again.status).toBe(304);
  });
});
