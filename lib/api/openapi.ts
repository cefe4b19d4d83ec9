import { z } from 'zod';
import { bulkFileName, endpoints } from './endpoints';
import { DATASET_SOURCE, DATASET_TITLE, LICENCE } from './metadata';
import { metaSchema, problemSchema } from './schemas';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and shape
 * responses — there is no hand-maintained copy to drift.
 */

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const generated: JsonSchema = { ...z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) };
  delete generated.$schema; // the document states its dialect once, in jsonSchemaDialect
  return generated;
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function parameters(query: z.ZodType) {
  const shape = (query as z.ZodObject).shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => {
    const input = jsonSchema(schema, 'input');
    const { description, ...rest } = input;
    return {
      name,
      in: 'query',
      required: !schema.safeParse(undefined).success,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const listHeaders = {
  'X-Total-Count': { description: 'Rows in the whole result (CSV responses), across pages.', schema: { type: 'integer' } },
  Link: { description: 'licence, OpenAPI document, metadata (describedby, for CSV) and the next page.', schema: { type: 'string' } },
};

const validatorHeaders = {
  ETag: { description: 'Validator for conditional requests (If-None-Match).', schema: { type: 'string' } },
  'Last-Modified': { description: 'When the published data last changed.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
};

export function buildOpenApiDocument(): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = {
    Meta: jsonSchema(metaSchema, 'output'),
    Problem: jsonSchema(problemSchema, 'output'),
  };
  const paths: Record<string, unknown> = {};

  for (const endpoint of endpoints) {
    const itemName = `${capitalised(endpoint.name)}Item`;
    schemas[itemName] = jsonSchema(endpoint.item, 'output');
    paths[endpoint.path] = {
      get: {
        operationId: `list${capitalised(endpoint.name)}`,
        summary: endpoint.summary,
        description: endpoint.description,
        parameters: parameters(endpoint.query),
        responses: {
          200: {
            description: `${endpoint.summary}: JSON with metadata (definitions, source, licence, citation, last update), or CSV with one column per item property.`,
            headers: { ...validatorHeaders, ...listHeaders },
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['meta', 'data'],
                  properties: {
                    meta: { $ref: '#/components/schemas/Meta' },
                    data: { type: 'array', items: { $ref: `#/components/schemas/${itemName}` } },
                  },
                },
              },
              'text/csv': { schema: { type: 'string', description: `Columns: ${Object.keys(endpoint.item.shape).join(', ')}.` } },
            },
          },
          304: { description: 'Not modified: the copy the client has is current.', headers: validatorHeaders },
          400: problemResponse('A query parameter is not valid; `errors` names each one.'),
          429: problemResponse('Too many requests; see Retry-After.'),
          503: problemResponse('The data could not be read just now; try again shortly.'),
        },
      },
    };
  }

  paths['/api/v1/bulk'] = {
    get: {
      operationId: 'bulkDownload',
      summary: 'Everything in one file',
      description: `A zip with one CSV per table (${endpoints.map((e) => `${bulkFileName(e)} as ${e.path}`).join(', ')}), metadata.json and a README with definitions, licence and citation.`,
      responses: {
        200: { description: 'The zip archive.', headers: validatorHeaders, content: { 'application/zip': { schema: { type: 'string', contentEncoding: 'binary' } } } },
        304: { description: 'Not modified.', headers: validatorHeaders },
        429: problemResponse('Too many requests; see Retry-After.'),
        503: problemResponse('The download could not be made just now; try again shortly.'),
      },
    },
  };

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: `${DATASET_TITLE} — öppna data`,
      version: '1.0.0',
      description: `Read-only open data on the follow-up of the guideline of 1 100 residents per fast läkarkontakt. ${DATASET_SOURCE} Only published data is served.`,
      license: { name: LICENCE.name, identifier: 'CC-BY-4.0' },
    },
    paths,
    components: { schemas },
  };
}
