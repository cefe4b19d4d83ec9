import 'server-only';
import { z } from 'zod';
import type { Viewer } from './accounts';

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
const progressEntries = (globalForProgress.importProgress ??= new Map<string, Entry>());

export const progressTokenSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { message: 'token_invalid' });

/** A callback that records progress under the token for this viewer (a no-op without a token). */
export function progressReporter(viewer: Viewer, token: string | undefined): (progress: ImportProgress) => void {
  if (!token) return () => {};
  const now = Date.now();
  for (const [key, entry] of progressEntries) if (now - entry.updatedAt > KEEP_MS) progressEntries.delete(key);
  const report = (progress: ImportProgress) => {
    const existing = progressEntries.get(token);
    // Another administrator's token is theirs: progress is never written across accounts.
    if (existing && existing.viewerId !== viewer.id) return;
    progressEntries.set(token, { viewerId: viewer.id, progress, updatedAt: Date.now() });
  };
  // Known from now on, before the import's transaction starts: a request for its progress must never
  // need the database, which on the embedded database waits for the transaction to end.
  report({ phase: 'checking', done: 0, total: 0 });
  return report;
}

/** What is known of the import under this token, and whose it is. */
export function storedProgress(token: string): { viewerId: string; progress: ImportProgress } | undefined {
  return progressEntries.get(token);
}
