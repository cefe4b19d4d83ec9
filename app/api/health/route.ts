import { checkReadiness } from '@/lib/data/health';

export const dynamic = 'force-dynamic';

/** Readiness check for load balancers and the test runner: 200 when the database answers, else 503. */
export async function GET() {
  const { ready, database } = await checkReadiness();
  return Response.json(
    { status: ready ? 'ok' : 'unavailable', database },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
