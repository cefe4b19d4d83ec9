import 'server-only';
import { commitImport, MAX_IMPORT_BYTES, mayImport, previewImport, type ImportResult } from '@/lib/data/import';
import { readImportProgress } from '@/lib/data/import-progress';
import { takeRequest, type RateRule } from '@/lib/data/limits';
import { refreshPublicPages } from '@/lib/cache/refresh';
import { readLimited } from './limited-body';
import { fromAnotherSite, privateJson, refusal } from './private-http';

/**
 * POST /api/import (multipart: kind, mode = preview | commit, file, and for a commit the digest and
 * fingerprint of the dry run; optionally a progress token) and GET /api/import/progress?token=.
 * The data-access layer decides who may import and what a file means; this turns its answer into
 * HTTP and refreshes the public pages after an import that changed public figures.
 */

/** Room for the multipart envelope around the largest file accepted. */
const MAX_BODY = MAX_IMPORT_BYTES + 64 * 1024;
/** Imports per administrator and minute, on all instances together: each can hold a file in memory and keep the database busy. */
const IMPORT_LIMIT: RateRule = { name: 'import', perMinute: 30 };

const tooLarge = () => privateJson({ ok: false, failure: { kind: 'invalid', fields: { file: 'file_too_large' } } }, 413);

function answer(result: ImportResult): Response {
  if (result.ok) return privateJson(result);
  switch (result.failure.kind) {
    case 'unauthenticated':
      return refusal(401, 'Sign in as an administrator to import files.');
    case 'forbidden':
      return refusal(403, 'Only administrators may import files.');
    case 'invalid':
      return privateJson(result, 400);
    case 'issues':
      return privateJson(result, 422);
    case 'plan_changed':
      return privateJson(result, 409);
  }
}

/**
 * Everything that can be refused without the body is refused before a byte of it is read (another
 * site, who is sending, too many imports, the wrong kind or declared size); then the body is read up
 * to the limit and no further.
 */
export async function serveImport(request: Request): Promise<Response> {
  if (fromAnotherSite(request)) return refusal(403, 'Imports are accepted from this site only.');
  const sender = await mayImport();
  if (!sender.ok) return answer(sender);
  const wait = await takeRequest(IMPORT_LIMIT, sender.viewerId);
  if (wait > 0) {
    const response = refusal(429, 'Too many imports in a short time; nothing was imported. Please wait a minute.');
    response.headers.set('Retry-After', String(wait));
    return response;
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data')) return refusal(415, 'Send the file as multipart/form-data.');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return tooLarge();
  const body = await readLimited(request.body, MAX_BODY);
  if (body === null) return tooLarge();
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    return refusal(400, 'The form could not be read.');
  }
  const upload = form.get('file');
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const file = upload instanceof File ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) } : undefined;
  const input = { kind: text('kind'), file, progressToken: text('progressToken') };
  if (text('mode') !== 'commit') return answer(await previewImport(input));

  const result = await commitImport({ ...input, digest: text('digest'), fingerprint: text('fingerprint') });
  if (result.ok && result.report.kind === 'population') {
    const { insert, change, source_only: sourceOnly } = result.report.counts;
    // A new source text is public too (the pages and the API cite it), not only a new figure.
    if (insert + change + sourceOnly > 0) refreshPublicPages();
  }
  return answer(result);
}

export async function serveImportProgress(request: Request): Promise<Response> {
  const result = await readImportProgress(new URL(request.url).searchParams.get('token'));
  if (result.ok) return privateJson(result);
  if (result.failure.kind === 'unauthenticated') return refusal(401, 'Sign in as an administrator.');
  if (result.failure.kind === 'forbidden') return refusal(403, 'Only administrators may follow imports.');
  return refusal(400, 'The progress token is not valid.', [{ parameter: 'token', message: 'token_invalid' }]);
}
