import { livenessResponse } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

/** Liveness: 200 whenever the process serves requests; never asks the database. */
export function GET() {
  return livenessResponse();
}
