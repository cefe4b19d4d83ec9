import { checkReadiness } from '@/lib/data/health';
import { readinessResponse } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

/** Readiness: 200 when the database answers and the server is not stopping, else 503. */
export function GET() {
  return readinessResponse(checkReadiness);
}
