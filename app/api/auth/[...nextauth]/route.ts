import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { getViewer } from '@/lib/data/viewer';

export const { POST } = handlers;

/**
 * Auth.js' own endpoints. The session endpoint answers only for a session the database still honours:
 * a signed-out, deactivated or ended session reads as none, just as it does everywhere else.
 */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith('/session') && !(await getViewer())) {
    return Response.json(null, { headers: { 'Cache-Control': 'private, no-store' } });
  }
  return handlers.GET(request);
}
