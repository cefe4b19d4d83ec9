import { getTranslations } from 'next-intl/server';
import { problem } from '@/lib/api/http';
import { TEMPLATE_COLUMNS, templateCsv, templateWorkbook, type TemplateKey } from '@/lib/import/staffing-template';

/**
 * GET /api/import/template?format=csv|xlsx&lang=sv|en: the staffing template administrators fill in
 * and import. It holds only the column names, the regions and instructions, so anyone may fetch it.
 */

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const format = query.get('format') ?? 'xlsx';
  const locale = query.get('lang') ?? 'sv';
  if ((format !== 'csv' && format !== 'xlsx') || (locale !== 'sv' && locale !== 'en')) {
    return problem(400, 'Bad Request', 'format must be csv or xlsx, lang sv or en.', [{ parameter: format !== 'csv' && format !== 'xlsx' ? 'format' : 'lang', message: 'invalid' }]);
  }
  const headers = { 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' };
  const name = locale === 'en' ? 'staffing-template' : 'mall-bemanning';
  if (format === 'csv') {
    return new Response(templateCsv(locale), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
    });
  }
  const t = await getTranslations({ locale, namespace: 'admin.import' });
  const bytes = await templateWorkbook(locale, {
    sheetName: t('templateSheet'),
    guideSheetName: t('templateGuideSheet'),
    guideIntro: t.raw('templateGuide') as string[],
    describe: Object.fromEntries(TEMPLATE_COLUMNS.map((column) => [column.key, t(`templateColumns.${column.key}`)])) as Record<TemplateKey, string>,
  });
  return new Response(bytes, {
    headers: {
      ...headers,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
    },
  });
}
