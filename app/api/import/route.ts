import { serveImport } from '@/lib/api/import-http';
import { refusal } from '@/lib/api/private-http';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    return await serveImport(request);
  } catch (error) {
    console.error('import:', error instanceof Error ? error.message : error);
    return refusal(503, 'The import could not be completed just now; nothing was imported. Please try again shortly.');
  }
}
