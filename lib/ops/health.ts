import 'server-only';
import { isShuttingDown } from './shutdown.mjs';

const noStore = { 'Cache-Control': 'no-store' };

/** Liveness: the process answers. Touches nothing else, so a slow database never gets a live server restarted. */
export function livenessResponse(): Response {
  return Response.json({ status: 'ok' }, { headers: noStore });
}

/** Whether the database answers, and which kind it is (the route passes the data-access layer's check in). */
export type ReadinessCheck = () => Promise<{ ready: boolean; database: string }>;

/**
 * Readiness, for load balancers: 200 when the database answers, 503 when it does not or from the
 * moment the server begins to stop (so traffic moves elsewhere while the requests in progress finish).
 */
export async function readinessResponse(check: ReadinessCheck): Promise<Response> {
  if (isShuttingDown()) return Response.json({ status: 'stopping' }, { status: 503, headers: noStore });
  const { ready, database } = await check();
  return Response.json({ status: ready ? 'ok' : 'unavailable', database }, { status: ready ? 200 : 503, headers: noStore });
}
