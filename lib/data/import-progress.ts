import 'server-only';
import { anyone, isFailure, type Refusal } from './guard';
import { progressTokenSchema, storedProgress, type ImportProgress } from './internal/import-progress';
import { sessionHolder } from './internal/viewer';
import { administrator } from './viewer';

export type { ImportProgress } from './internal/import-progress';

export type ProgressAnswer = { ok: true; progress: ImportProgress | null } | { ok: false; failure: Refusal | { kind: 'invalid' } };

/**
 * The progress of the viewer's own import under this token; null before it has started. The one who
 * started the import follows it without a database read (on the embedded database the import's
 * transaction holds the only connection until it ends); their account was checked as an active
 * administrator when the import began. Anyone else gets the full check and never another's progress.
 */
export const readImportProgress = anyone(async (token: unknown): Promise<ProgressAnswer> => {
  const parsed = progressTokenSchema.safeParse(token);
  const entry = parsed.success ? storedProgress(parsed.data) : undefined;
  if (entry && entry.viewerId === (await sessionHolder())) return { ok: true, progress: entry.progress };
  const viewer = await administrator();
  if (isFailure(viewer)) return { ok: false, failure: viewer };
  if (!parsed.success) return { ok: false, failure: { kind: 'invalid' } };
  return { ok: true, progress: null };
});
