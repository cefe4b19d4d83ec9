import { serveImportProgress } from '@/lib/api/import-http';
import { refusal } from '@/lib/api/private-http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    return await serveImportProgress(request);
  } catch (error) {
    console.error('import progress:', error instanceof Error ? error.message : error);
    return refusal(503, 'Progress could not be read just now.');
  }
}
