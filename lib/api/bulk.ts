import 'server-only';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { listReportingStates } from '@/lib/data/rounds';
import { env } from '@/lib/env';
import { todayInSweden } from '@/lib/i18n/format';
import { toCsv, type CsvValue } from '@/lib/csv/write';
import type { Bilingual } from './documentation';
import { bulkFileName, endpoints } from './endpoints';
import { cacheable, rateLimited } from './http';
import { openDataSnapshot } from './snapshot';
import { citation, DATASET_SOURCE, DATASET_TITLE, DEFINITIONS, LICENCE } from './metadata';

/**
 * The whole published dataset in one zip: a CSV per table (UTF-8 with BOM, so spreadsheet programs
 * read å, ä and ö right), metadata.json and a README with definitions, licence and citation.
 */
export async function serveBulkDownload(request: Request): Promise<Response> {
  const limited = await rateLimited(request);
  if (limited) return limited;
  // The published record from the snapshot; reporting states (rounds.csv) are read afresh.
  const record = await openDataSnapshot.record();
  const context = { record, roundStates: listReportingStates, today: todayInSweden() };
  // Every file carries the data's own time, so the same data always zips to the same bytes (and ETag).
  const mtime = record.lastModified.getTime() > 0 ? record.lastModified : new Date('2022-04-28T00:00:00Z');

  const files: Zippable = {};
  const tables: { file: string; endpoint: string; about: Bilingual; columns: string[]; rows: number }[] = [];
  for (const endpoint of endpoints) {
    // Every endpoint accepts a query without parameters: all its rows.
    const accepted = endpoint.accept({});
    if (!accepted.ok) throw new Error(`${endpoint.name} refuses a query without parameters`);
    const rows = await accepted.value.load(context);
    const columns = Object.keys(endpoint.item.shape);
    const file = bulkFileName(endpoint);
    files[file] = [strToU8(`\uFEFF${toCsv(columns, rows as Record<string, CsvValue>[])}`), { mtime }];
    tables.push({ file, endpoint: endpoint.path, about: endpoint.about, columns, rows: rows.length });
  }

  const cite = citation(`${env.SITE_URL}/api/v1/bulk`, record.lastModified);
  const metadata = {
    title: DATASET_TITLE,
    source: DATASET_SOURCE,
    licence: LICENCE,
    citation: cite,
    lastUpdated: record.lastModified.toISOString(),
    measuresAsOf: context.today,
    definitions: DEFINITIONS,
    tables,
  };
  files['metadata.json'] = [strToU8(JSON.stringify(metadata, null, 2)), { mtime }];
  files['README.md'] = [
    strToU8(
      [
        `# ${DATASET_TITLE}`,
        '',
        DATASET_SOURCE,
        '',
        `Senast uppdaterad: ${metadata.lastUpdated}. Måtten (measures.csv) gäller ${context.today}; riket över alla referensdatum finns i national.csv.`,
        '',
        'Saknade värden är tomma fält, aldrig 0, och har ett orsaksfält. Andras mått (other-measures.csv) har egna definitioner och räknas aldrig in i uppföljningens mått.',
        '',
        '## Filer',
        ...tables.map((t) => `- \`${t.file}\` (${t.rows} rader), samma som ${t.endpoint}. ${t.about.sv} Kolumner: ${t.columns.join(', ')}`),
        '- `metadata.json`: definitioner, källa, licens och citering i maskinläsbar form.',
        '',
        '## Definitioner',
        ...Object.entries(DEFINITIONS).map(([term, text]) => `- **${term}**: ${text}`),
        '',
        '## Licens',
        `${LICENCE.name} (${LICENCE.url}).`,
        '',
        '## Så citerar du',
        cite,
        '',
      ].join('\n'),
    ),
    { mtime },
  ];

  const zip = zipSync(files, { level: 6 });
  return cacheable(request, zip as Uint8Array<ArrayBuffer>, record.lastModified, {
    'Content-Type': 'application/zip',
    'Content-Disposition': `attachment; filename="fast-lakarkontakt-${context.today}.zip"`,
    Link: `<${LICENCE.url}>; rel="license"`,
  });
}
