import { serveBulkDownload } from '@/lib/api/bulk';
import { preflight, problem } from '@/lib/api/http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    return await serveBulkDownload(request);
  } catch (error) {
    console.error('open-data bulk:', error);
    return problem(503, 'Service Unavailable', 'The download could not be made just now; please try again shortly.');
  }
}

export const HEAD = GET;
export const OPTIONS = preflight;
