import 'server-only';
import { exportAuditTrail } from '@/lib/data/audit-trail';
import { toCsv } from '@/lib/csv/write';
import { PRIVATE_HEADERS, refusal } from './private-http';

/**
 * GET /api/audit: the audit trail as CSV for administrators, filtered like the audit page
 * (?who=&region=&entity=&from=&to=). Whoever may see it is decided by the data-access layer; this
 * only turns its answer into HTTP: 401 signed out, 403 not an administrator, 400 a bad filter.
 */

const COLUMNS = ['id', 'at', 'who', 'action', 'entity', 'entity_id', 'region', 'old_value', 'new_value'] as const;

export async function serveAuditExport(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  delete query.page;
  const result = await exportAuditTrail(query);
  if ('kind' in result) {
    if (result.kind === 'unauthenticated') return refusal(401, 'Sign in as an administrator to export the audit trail.');
    if (result.kind === 'forbidden') return refusal(403, 'Only administrators may export the audit trail.');
    return refusal(400, 'One or more filters are not valid.', Object.entries(result.fields).map(([parameter, message]) => ({ parameter, message })));
  }
  const rows = result.entries.map((entry) => ({
    id: entry.id,
    at: entry.at,
    who: entry.who,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    region: entry.regionCode,
    old_value: entry.oldValue === null ? null : JSON.stringify(entry.oldValue),
    new_value: entry.newValue === null ? null : JSON.stringify(entry.newValue),
  }));
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(`\uFEFF${toCsv(COLUMNS, rows)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="handelselogg-${stamp}.csv"`,
      ...PRIVATE_HEADERS,
    },
  });
}
