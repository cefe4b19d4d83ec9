import { serveAuditExport } from '@/lib/api/audit-export';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    return await serveAuditExport(request);
  } catch (error) {
    console.error('audit export:', error instanceof Error ? error.message : error);
    return new Response('The audit trail could not be exported just now; please try again shortly.', { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
