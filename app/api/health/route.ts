import { checkReadiness } from '@/lib/data/health';
import { readinessResponse } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

/** Readiness (the same as /api/health/ready), which the test runner and older checks wait on. */
export function GET() {
  return readinessResponse(checkReadiness);
}
