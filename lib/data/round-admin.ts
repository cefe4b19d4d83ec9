import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { announcePublicChange } from '@/lib/db/public-change';
import { followUpRounds, users, type FollowUpRound } from '@/lib/db/schema';
import { fieldErrors, rowNumber } from '@/lib/entry/fields';
import { newRoundInputSchema, roundChangeInputSchema } from '@/lib/rounds/round-input';
import { appendAudit } from './audit';
import { violatedConstraint } from './constraints';
import { administrator, type AdminRefusal } from './viewer';

/**
 * Follow-up rounds, opened by Socialstyrelsen's administrators: a round asks every region for its
 * staffing on a reference date, to be sent in between its opening and closing dates. Administrators
 * only; every exported function establishes the viewer itself, and each round is audited.
 */

export type RoundFailure =
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'not_found' }
  | { kind: 'invalid'; fields: Record<string, string> }
  /** Changed by someone else since the administrator opened it: nothing was saved. */
  | { kind: 'round_changed'; changedBy: string | null; changedAt: string };

export async function listRounds(): Promise<FollowUpRound[] | AdminRefusal> {
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
      await announcePublicChange(tx);
      return { ok: true as const, id: round.id };
    });
  } catch (error) {
    if (violatedConstraint(error) === 'follow_up_rounds_reference_date_unique') return { ok: false, failure: { kind: 'invalid', fields: { referenceDate: 'round_exists' } } };
    throw error;
  }
}

export async function getRound(id: number): Promise<FollowUpRound | RoundFailure> {
  const viewer = await administrator();
  if ('kind' in viewer) return viewer;
  const [round] = rowNumber.safeParse(id).success ? await getConnection().db.select().from(followUpRounds).where(eq(followUpRounds.id, id)) : [];
  return round ?? { kind: 'not_found' };
}

/**
 * Changes a round's name and dates from the version the administrator saw (a deadline extended, say);
 * days late follow the new last day at once. Audited with the old and new values.
 */
export async function changeRound(raw: unknown): Promise<{ ok: true; id: number } | { ok: false; failure: RoundFailure }> {
  const viewer = await administrator();
  if ('kind' in viewer) return { ok: false, failure: viewer };
  const parsed = roundChangeInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, failure: { kind: 'invalid', fields: fieldErrors(parsed.error) } };
  const { id, version, ...values } = parsed.data;
  return getConnection().db.transaction(async (tx) => {
    const [current] = await tx.select().from(followUpRounds).where(eq(followUpRounds.id, id!)).for('update');
    if (!current) return { ok: false as const, failure: { kind: 'not_found' as const } };
    if (current.version !== version) {
      const [who] = current.updatedBy ? await tx.select({ email: users.email }).from(users).where(eq(users.id, current.updatedBy)) : [];
      return { ok: false as const, failure: { kind: 'round_changed' as const, changedBy: who?.email ?? null, changedAt: current.updatedAt.toISOString() } };
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
    return { ok: true as const, id: current.id };
  });
}
