import { buildOpenApiDocument } from '@/lib/api/openapi';
import { corsHeaders, preflight } from '@/lib/api/http';

// The document depends only on the code, so it is built once per server.
const document = JSON.stringify(buildOpenApiDocument(), null, 2);

export function GET() {
  return new Response(document, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600', ...corsHeaders },
  });
}

export const OPTIONS = preflight;
