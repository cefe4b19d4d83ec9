import 'server-only';
import { createTranslator } from 'next-intl';
import { z } from 'zod';
import type { ChartLabels } from '@/lib/charts/labels';
import { exportCsv, exportXlsx } from '@/lib/dashboard/export-files';
import { downloadFileName } from '@/lib/dashboard/file-names';
import type { Translate } from '@/lib/dashboard/table-cells';
import { DECISION_FILTERS, TABLE_COLUMN_IDS, type TableColumnId } from '@/lib/dashboard/table-rows';
import { DEFAULT_STATE, serializeDashboardState } from '@/lib/dashboard/url-state';
import { comparisonViewExport, decisionTimelineExport, seriesViewExport, tableViewExport, type ExportContext } from '@/lib/dashboard/view-export';
import { getDashboardData } from '@/lib/data/dashboard';
import { env } from '@/lib/env';
import { loadMessages } from '@/lib/i18n/request';
import { cacheable, parseQuery, problem, rateLimited } from './http';
import { isoDate, regionList } from './schemas';

/**
 * GET /api/download: the dashboard's current view as a CSV or XLSX file, with definitions, source and
 * licence. Built on the server from the published record with the same functions that draw the page,
 * so the file holds what the view shows and never anything unpublished.
 */

const columnList = z
  .string()
  .transform((value) => value.split(','))
  .refine((ids): ids is TableColumnId[] => ids.every((id) => (TABLE_COLUMN_IDS as readonly string[]).includes(id)), {
    message: `Expected column ids separated by commas, of: ${TABLE_COLUMN_IDS.join(', ')}.`,
  });

const downloadQuery = z.strictObject({
  lang: z.enum(['sv', 'en']).default('sv'),
  view: z.enum(['map', 'table', 'chart', 'comparison']),
  format: z.enum(['csv', 'xlsx']),
  date: isoDate.optional(),
  columns: columnList.optional(),
  q: z.string().max(100).default(''),
  kind: z.enum(DECISION_FILTERS).default('all'),
  sort: z.enum(TABLE_COLUMN_IDS).optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
  measure: z.enum(['decisionsOverTime', 'residentsPerDoctor', 'gapTo1100', 'shareWithNamedContact']).default('residentsPerDoctor'),
  regions: regionList.optional(),
});

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export async function serveDownload(request: Request): Promise<Response> {
  const limited = await rateLimited(request);
  if (limited) return limited;
  const url = new URL(request.url);
  const parsed = parseQuery(downloadQuery, url);
  if (!parsed.ok) return parsed.response;
  const query = parsed.query;

  const data = await getDashboardData();
  const asOf = query.date ?? data.today;
  if (asOf < data.guideline.publishedOn || asOf > data.today) {
    return problem(400, 'Bad Request', 'One or more query parameters are not valid.', [
      { parameter: 'date', message: `Expected a date from ${data.guideline.publishedOn} to ${data.today}.` },
    ]);
  }

  const messages = await loadMessages(query.lang);
  const t = createTranslator({ locale: query.lang, messages }) as unknown as Translate;
  const regions = query.regions ?? [];
  // The file names the view it was made from, table choices included, so the address reproduces it.
  const state = {
    ...DEFAULT_STATE,
    view: query.view,
    measure: query.view === 'chart' ? query.measure : ('decision' as const),
    date: query.view === 'chart' || asOf === data.today ? null : asOf,
    regions: query.view === 'chart' ? regions : [],
    ...(query.view === 'table'
      ? {
          q: query.q,
          kind: query.kind,
          sort: query.sort ? { id: query.sort, desc: query.order === 'desc' } : null,
          columns: [...(query.columns ?? TABLE_COLUMN_IDS)],
        }
      : {}),
  };
  const context: ExportContext = {
    data,
    t,
    labels: messages.charts as ChartLabels,
    locale: query.lang,
    viewUrl: `${env.SITE_URL}${query.lang === 'en' ? '/en' : '/'}${serializeDashboardState(state)}`,
  };
  const table =
    query.view === 'comparison'
      ? comparisonViewExport(context, { asOf })
      : query.view === 'chart'
      ? query.measure === 'decisionsOverTime'
        ? decisionTimelineExport(context)
        : seriesViewExport(context, { regions, measure: query.measure })
      : tableViewExport(context, {
          asOf,
          columns: query.columns ?? TABLE_COLUMN_IDS,
          query: query.q,
          kind: query.kind,
          sort: query.sort ? { id: query.sort, desc: query.order === 'desc' } : null,
        });

  const name = `${downloadFileName(query.lang, query.view, query.view === 'chart' ? query.measure : asOf)}.${query.format}`;
  const body =
    query.format === 'csv'
      ? exportCsv(table, query.lang)
      : await exportXlsx(table, { data: t('downloadFile.sheetData'), about: t('downloadFile.sheetAbout') });
  return cacheable(request, body, new Date(data.lastUpdated), {
    'Content-Type': CONTENT_TYPES[query.format],
    'Content-Disposition': `attachment; filename="${name}"`,
  });
}
