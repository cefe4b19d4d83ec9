import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { announcePublicChange } from '@/lib/db/public-change';
import { todayInSweden } from '@/lib/i18n/format';
import { queueRoundOpened } from '@/lib/mail/events';
import { followUpRounds, users, type FollowUpRound } from '@/lib/db/schema';
import { rowNumber } from '@/lib/entry/fields';
import { newRoundInputSchema, roundChangeInputSchema } from '@/lib/rounds/round-input';
import { adminOnly, adminRead, fail, type Failure, type Result } from './guard';
import { appendAudit } from './internal/audit';
import { violatedConstraint } from './internal/constraints';

/**
 * Follow-up rounds, opened by Socialstyrelsen's administrators: a round asks every region for its
 * staffing on a reference date, to be sent in between its opening and closing dates. Administrators
 * only (the guard kit checks), and each round is audited.
 */

type RoundProblem =
  | { kind: 'not_found' }
  /** Changed by someone else since the administrator opened it: nothing was saved. */
  | { kind: 'round_changed'; changedBy: string | null; changedAt: string };

export type RoundFailure = Failure<RoundProblem>;
export type RoundResult = Result<{ id: number }, RoundProblem>;

export const listRounds = adminRead(async (): Promise<FollowUpRound[]> => getConnection().db.select().from(followUpRounds).orderBy(asc(followUpRounds.referenceDate)));

/** Opens a round; a second round for the same reference date is refused at that field. */
export const createRound = adminOnly(newRoundInputSchema, async (viewer, input): Promise<RoundResult> => {
  try {
    return await getConnection().db.transaction(async (tx) => {
      const [round] = await tx.insert(followUpRounds).values(input).returning({ id: followUpRounds.id });
      if (!round) throw new Error('the round was not created');
      await appendAudit(tx, { actor: { id: viewer.id, label: viewer.email }, action: 'create', entity: 'round', entityId: String(round.id), newValue: input });
      // Open today already: the regions hear of it in this transaction; one opening later, when the day comes (lib/mail/worker.ts).
      const today = todayInSweden();
      if (input.opensOn <= today && today <= input.closesOn) await queueRoundOpened(tx, { ...input, id: round.id });
      await announcePublicChange(tx);
      return { ok: true as const, id: round.id };
    });
  } catch (error) {
    if (violatedConstraint(error) === 'follow_up_rounds_reference_date_unique') return fail({ kind: 'invalid', fields: { referenceDate: 'round_exists' } });
    throw error;
  }
});

export const getRound = adminRead(async (_viewer, id: number): Promise<FollowUpRound | { kind: 'not_found' }> => {
  const [round] = rowNumber.safeParse(id).success ? await getConnection().db.select().from(followUpRounds).where(eq(followUpRounds.id, id)) : [];
  return round ?? { kind: 'not_found' };
});

/**
 * Changes a round's name and dates from the version the administrator saw (a deadline extended, say);
 * days late follow the new last day at once. Audited with the old and new values.
 */
export const changeRound = adminOnly(roundChangeInputSchema, async (viewer, input): Promise<RoundResult> => {
  const { id, version, ...values } = input;
  return getConnection().db.transaction(async (tx): Promise<RoundResult> => {
    const [current] = await tx.select().from(followUpRounds).where(eq(followUpRounds.id, id!)).for('update');
    if (!current) return fail({ kind: 'not_found' });
    if (current.version !== version) {
      const [who] = current.updatedBy ? await tx.select({ email: users.email }).from(users).where(eq(users.id, current.updatedBy)) : [];
      return fail({ kind: 'round_changed', changedBy: who?.email ?? null, changedAt: current.updatedAt.toISOString() });
    }
    await tx
      .update(followUpRounds)
      .set({ ...values, version: current.version + 1, updatedBy: viewer.id, updatedAt: new Date() })
      .where(and(eq(followUpRounds.id, current.id), eq(followUpRounds.version, current.version)));
    await appendAudit(tx, {
      actor: { id: viewer.id, label: viewer.email },
      action: 'update',
      entity: 'round',
      entityId: String(current.id),
      oldValue: { name: current.name, opensOn: current.opensOn, closesOn: current.closesOn },
      newValue: values,
    });
    await announcePublicChange(tx);
    return { ok: true, id: current.id };
  });
});
