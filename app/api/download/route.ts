import { serveDownload } from '@/lib/api/download';
import { problem } from '@/lib/api/http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    return await serveDownload(request);
  } catch (error) {
    console.error('download:', error);
    return problem(503, 'Service Unavailable', 'The file could not be made just now; please try again shortly.');
  }
}
