import 'server-only';
import { asc } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { followUpRounds, type FollowUpRound } from '@/lib/db/schema';
import { fieldErrors } from '@/lib/entry/fields';
import { newRoundInputSchema } from '@/lib/rounds/round-input';
import { appendAudit } from './audit';
import { violatedConstraint } from './constraints';
import { administrator } from './viewer';

/**
 * Follow-up rounds, opened by Socialstyrelsen's administrators: a round asks every region for its
 * staffing on a reference date, to be sent in between its opening and closing dates. Administrators
 * only; every exported function establishes the viewer itself, and each round is audited.
 */

export type RoundFailure = { kind: 'unauthenticated' } | { kind: 'forbidden' } | { kind: 'invalid'; fields: Record<string, string> };

export async function listRounds(): Promise<FollowUpRound[] | RoundFailure> {
  const viewer = await administrator();
  if ('kind' in viewer) return viewer;
  return getConnection().db.select().from(followUpRounds).orderBy(asc(followUpRounds.referenceDate));
}

/** Opens a round; a second round for the same reference date is refused at that field. */
export async function createRound(raw: unknown): Promise<{ ok: true; id: number } | { ok: false; failure: RoundFailure }> {
  const viewer = await administrator();
  if ('kind' in viewer) return { ok: false, failure: viewer };
  const parsed = newRoundInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, failure: { kind: 'invalid', fields: fieldErrors(parsed.error) } };
  try {
    return await getConnection().db.transaction(async (tx) => {
      const [round] = await tx.insert(followUpRounds).values(parsed.data).returning({ id: followUpRounds.id });
      if (!round) throw new Error('the round was not created');
      await appendAudit(tx, { actor: { id: viewer.id, label: viewer.email }, action: 'create', entity: 'round', entityId: String(round.id), newValue: parsed.data });
      return { ok: true as const, id: round.id };
    });
  } catch (error) {
    if (violatedConstraint(error) === 'follow_up_rounds_reference_date_unique') return { ok: false, failure: { kind: 'invalid', fields: { referenceDate: 'round_exists' } } };
    throw error;
  }
}
