import { endpointNamed } from '@/lib/api/endpoints';
import { routeHandlers } from '@/lib/api/http';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS } = routeHandlers(endpointNamed('namedContactShares'));
