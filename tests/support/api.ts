import { GET as download } from '@/app/api/download/route';
import { GET as bulk } from '@/app/api/v1/bulk/route';
import { GET as decisions, OPTIONS as decisionsOptions } from '@/app/api/v1/decisions/route';
import { GET as measures } from '@/app/api/v1/measures/route';
import { GET as namedContactShares } from '@/app/api/v1/named-contact-shares/route';
import { GET as national } from '@/app/api/v1/national/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { GET as otherMeasures } from '@/app/api/v1/other-measures/route';
import { GET as population } from '@/app/api/v1/population/route';
import { GET as regions } from '@/app/api/v1/regions/route';
import { GET as rounds } from '@/app/api/v1/rounds/route';
import { GET as staffing } from '@/app/api/v1/staffing/route';

/** The real route handlers of every open-data endpoint, called with real Request objects (no server needed). */
export const handlers = { regions, population, decisions, staffing, measures, national, namedContactShares, otherMeasures, rounds } as const;
export { bulk, decisionsOptions, download, openapi };

let clientCounter = 0;
/**
 * A request as server.mjs passes it on: X-Forwarded-For holds exactly the client's address. Each
 * request gets its own client unless one is named, so the rate limit counts tests apart.
 */
export function apiRequest(path: string, headers: Record<string, string> = {}, client?: string): Request {
  clientCounter += 1;
  return new Request(`http://localhost${path}`, {
    headers: { 'x-forwarded-for': client ?? `192.0.2.${clientCounter % 250}`, ...headers },
  });
}
