import 'server-only';
import { z } from 'zod';
import { administrator, sessionHolder, type Viewer } from './viewer';

/**
 * How far a running import has come, for the administrator who started it: the browser names its
 * import with a random token and asks for the progress while the upload request is still running.
 * Kept in this server process's memory only (an import runs in one process), dropped after an hour.
 */

export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

interface Entry {
  viewerId: string;
  progress: ImportProgress;
  updatedAt: number;
}

const KEEP_MS = 60 * 60 * 1000;
const globalForProgress = globalThis as typeof globalThis & { importProgress?: Map<string, Entry> };
const entries = (globalForProgress.importProgress ??= new Map<string, Entry>());

export const progressTokenSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { message: 'token_invalid' });

/** A callback that records progress under the token for this viewer (a no-op without a token). */
export function progressReporter(viewer: Viewer, token: string | undefined): (progress: ImportProgress) => void {
  if (!token) return () => {};
  const now = Date.now();
  for (const [key, entry] of entries) if (now - entry.updatedAt > KEEP_MS) entries.delete(key);
  const report = (progress: ImportProgress) => {
    const existing = entries.get(token);
    // Another administrator's token is theirs: progress is never written across accounts.
    if (existing && existing.viewerId !== viewer.id) return;
    entries.set(token, { viewerId: viewer.id, progress, updatedAt: Date.now() });
  };
  // Known from now on, before the import's transaction starts: a request for its progress must never
  // need the database, which on the embedded database waits for the transaction to end.
  report({ phase: 'checking', done: 0, total: 0 });
  return report;
}

export type ProgressAnswer = { ok: true; progress: ImportProgress | null } | { ok: false; failure: { kind: 'unauthenticated' } | { kind: 'forbidden' } | { kind: 'invalid' } };

/**
 * The progress of the viewer's own import under this token; null before it has started. The one who
 * started the import follows it without a database read (on the embedded database the import's
 * transaction holds the only connection until it ends); their account was checked as an active
 * administrator when the import began. Anyone else gets the full check and never another's progress.
 */
export async function readImportProgress(token: unknown): Promise<ProgressAnswer> {
  const parsed = progressTokenSchema.safeParse(token);
  const entry = parsed.success ? entries.get(parsed.data) : undefined;
  if (entry && entry.viewerId === (await sessionHolder())) return { ok: true, progress: entry.progress };
  const viewer = await administrator();
  if ('kind' in viewer) return { ok: false, failure: viewer };
  if (!parsed.success) return { ok: false, failure: { kind: 'invalid' } };
  return { ok: true, progress: null };
}
