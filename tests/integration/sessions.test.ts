import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { redeemTicket } from '@/lib/auth/tickets';
import type { SessionClaim } from '@/lib/auth/session';
import { checkPassword, createAccount, endSessions, viewerForSession } from '@/lib/data/internal/accounts';
import { endClaimedSessions } from '@/lib/data/internal/viewer';
import type { Database } from '@/lib/db/client';
import { sessions } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
});

const MINUTE = 60_000;
const PASSWORD = 'ett långt och hemligt lösenord';
// The defaults (8 hours, 30 minutes idle), written out so the test does not depend on the environment.
const limits = { absoluteMs: 8 * 60 * MINUTE, idleMs: 30 * MINUTE };
let counter = 0;

/** A fresh account signed in through the password check, as the sign-in page does: the cookie's claim. */
async function signedIn(): Promise<{ claim: SessionClaim; signedInAt: Date }> {
  counter += 1;
  const email = `session${counter}-${process.env.TEST_DATABASE}@region.example`;
  await createAccount(db, { email, name: `Session ${counter}`, role: 'editor', regionCode: '03', password: PASSWORD }, { id: null, label: 'test' });
  const outcome = await checkPassword(db, { email, password: PASSWORD }, `198.51.100.${100 + counter}`);
  if (!outcome.ok) throw new Error('sign-in failed');
  const claim = redeemTicket(outcome.ticket);
  if (!claim) throw new Error('no ticket');
  const [row] = await db.select().from(sessions).where(eq(sessions.id, claim.sessionId));
  return { claim, signedInAt: row!.signedInAt };
}

const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

describe(`sessions (${process.env.TEST_DATABASE})`, () => {
  it('end at their absolute lifetime from sign-in, however busy they are', async () => {
    const { claim, signedInAt } = await signedIn();
    // A request every 10 minutes for the whole lifetime: each one is valid and counts as activity.
    for (let ms = 10 * MINUTE; ms < limits.absoluteMs; ms += 10 * MINUTE) {
      expect(await viewerForSession(db, claim, at(signedInAt, ms), limits), `after ${ms / MINUTE} minutes`).not.toBeNull();
    }
    const last = await viewerForSession(db, claim, at(signedInAt, limits.absoluteMs - 1), limits);
    expect(last?.sessionEndsAt).toEqual(at(signedInAt, limits.absoluteMs));
    expect(await viewerForSession(db, claim, at(signedInAt, limits.absoluteMs), limits)).toBeNull();
    expect(await viewerForSession(db, claim, at(signedInAt, limits.absoluteMs + MINUTE), limits)).toBeNull();
  });

  it('end after the idle time without a request, and activity keeps them going until then', async () => {
    const { claim, signedInAt } = await signedIn();
    expect(await viewerForSession(db, claim, at(signedInAt, 29 * MINUTE), limits)).not.toBeNull();
    // Seen at 29 minutes: idle from then on, so valid until 59 minutes.
    expect(await viewerForSession(db, claim, at(signedInAt, 58 * MINUTE), limits)).not.toBeNull();
    expect(await viewerForSession(db, claim, at(signedInAt, 58 * MINUTE + 30 * MINUTE), limits)).toBeNull();
    // Left alone from sign-in, a session ends 30 minutes later, and a later request does not bring it back.
    const fresh = await signedIn();
    expect(await viewerForSession(db, fresh.claim, at(fresh.signedInAt, 30 * MINUTE), limits)).toBeNull();
    expect(await viewerForSession(db, fresh.claim, at(fresh.signedInAt, 31 * MINUTE), limits)).toBeNull();
  });

  it('record activity at most about once a minute', async () => {
    const { claim, signedInAt } = await signedIn();
    const seen = async () => (await db.select().from(sessions).where(eq(sessions.id, claim.sessionId)))[0]!.lastSeenAt;
    await viewerForSession(db, claim, at(signedInAt, 30_000), limits);
    expect(await seen()).toEqual(signedInAt);
    await viewerForSession(db, claim, at(signedInAt, 61_000), limits);
    expect(await seen()).toEqual(at(signedInAt, 61_000));
  });

  it('a cookie claiming another account’s session, or a made-up one, names nobody', async () => {
    const a = await signedIn();
    const b = await signedIn();
    expect(await viewerForSession(db, { ...a.claim, sessionId: b.claim.sessionId }, undefined, limits)).toBeNull();
    expect(await viewerForSession(db, { ...a.claim, sessionId: '00000000-0000-4000-8000-00000000beef' }, undefined, limits)).toBeNull();
  });

  it('Auth.js’s sign-out ends every session of the account, copies of the cookie included', async () => {
    const { claim } = await signedIn();
    const copy = { ...claim };
    const viewer = await viewerForSession(db, claim);
    // A second sign-in of the same account (another browser).
    const other = { ...claim, sessionId: (await db.insert(sessions).values({ userId: viewer!.id, signedInAt: new Date(), lastSeenAt: new Date() }).returning())[0]!.id };
    expect(await viewerForSession(db, other)).not.toBeNull();

    await endClaimedSessions(claim);
    expect(await viewerForSession(db, copy)).toBeNull();
    expect(await viewerForSession(db, other)).toBeNull();
    const rows = await db.select().from(sessions).where(eq(sessions.userId, viewer!.id));
    expect(rows.every((row) => row.endedAt instanceof Date)).toBe(true);
  });

  it('the product’s sign-out ends them the same way, and an ended session cannot sign anyone out', async () => {
    const { claim } = await signedIn();
    const viewer = await viewerForSession(db, claim);
    await endSessions(db, viewer!);
    expect(await viewerForSession(db, claim)).toBeNull();
    // A stale cookie (its session ended) ends nothing: the account's new sign-in stays.
    const again = await viewerForSession(db, { ...claim, sessionVersion: 1, sessionId: (await db.insert(sessions).values({ userId: viewer!.id, signedInAt: new Date(), lastSeenAt: new Date() }).returning())[0]!.id });
    expect(again).not.toBeNull();
    await endClaimedSessions(claim);
    const open = await db.select().from(sessions).where(eq(sessions.userId, viewer!.id));
    expect(open.filter((row) => row.endedAt === null)).toHaveLength(1);
  });
});
