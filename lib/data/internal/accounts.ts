import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { emailSchema, newAccountInputSchema, type NewAccountInput } from '@/lib/accounts/account-input';
import { hashPassword, verifyPassword, PASSWORD_MAX_LENGTH } from '@/lib/auth/password';
import type { SessionClaim } from '@/lib/auth/session';
import { issueTicket } from '@/lib/auth/tickets';
import type { Database } from '@/lib/db/client';
import { regions, users, type User } from '@/lib/db/schema';
import { appendAudit } from './audit';
import { claimAttempt, clearFailures, withdrawAttempt, type FailureRule } from './limits';
import { endAccountSessions, startSession, touchSession, type SessionLimits } from './sessions';

/**
 * Accounts and signing in. The password check, its rate limits and its audit live here; Auth.js only
 * turns the one-time ticket issued here into a session cookie (lib/auth/config.ts).
 */

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'editor';
  /** The editor's region; null for an administrator. */
  regionCode: string | null;
  regionName: { sv: string; en: string } | null;
  /** When this sign-in ends at the latest (sooner if left unused). */
  sessionEndsAt: Date;
}


const MINUTE = 60_000;
// Five wrong passwords lock an account for up to 15 minutes; one address may fail 30 times in that
// window. Temporary, so nobody can lock an account for good by guessing its address; kept in the
// database (lib/data/internal/limits.ts), so failures on every instance count toward one lock.
const ACCOUNT_FAILURES: FailureRule = { name: 'sign_in_account', maxFailures: 5, windowMs: 15 * MINUTE };
export const ADDRESS_FAILURES: FailureRule = { name: 'sign_in_address', maxFailures: 30, windowMs: 15 * MINUTE };

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { message: 'password_missing' }).max(PASSWORD_MAX_LENGTH, { message: 'password_too_long' }),
});

export type SignInOutcome =
  | { ok: true; ticket: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** A successful sign-in: a new session, its time on the account and an entry in the audit trail. */
async function recordSignIn(db: Database, user: User, method: 'password' | 'oidc', address: string): Promise<string> {
  const now = new Date();
  const sessionId = await startSession(db, user.id, now);
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  await appendAudit(db, {
    actor: { id: user.id, label: user.email },
    action: 'sign_in',
    entity: 'session',
    entityId: user.id,
    regionCode: user.regionCode,
    newValue: { method, address },
  });
  return sessionId;
}

/**
 * Checks an e-mail address and password. Every failure looks the same to the caller ("invalid"),
 * whether the account is unknown, inactive or the password wrong; the audit trail records which.
 * The attempt is counted as a failure before the password is checked, and withdrawn if it was right:
 * so guesses sent at the same moment, to one instance or several, never get past the limit together.
 */
export async function checkPassword(db: Database, credentials: z.infer<typeof signInSchema>, address: string, now = new Date()): Promise<SignInOutcome> {
  const accountKey = credentials.email;
  const claim = await claimAttempt(db, [[ACCOUNT_FAILURES, accountKey], [ADDRESS_FAILURES, address]], now);
  if (!claim.ok) {
    await appendAudit(db, {
      actor: { id: null, label: credentials.email },
      action: 'sign_in_failed',
      entity: 'session',
      newValue: { reason: 'rate_limited', address },
    });
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: Math.ceil(claim.retryAfterMs / 1000) };
  }

  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${credentials.email}`).limit(1);
  const matches = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  if (!user || !matches || !user.active) {
    const reason = !user ? 'unknown_account' : !matches ? 'wrong_password' : 'inactive';
    await appendAudit(db, {
      actor: user ? { id: user.id, label: user.email } : { id: null, label: credentials.email },
      action: 'sign_in_failed',
      entity: 'session',
      entityId: user?.id ?? null,
      regionCode: user?.regionCode ?? null,
      newValue: { reason, address },
    });
    return { ok: false, reason: 'invalid' };
  }

  await clearFailures(db, ACCOUNT_FAILURES, accountKey);
  await withdrawAttempt(db, ADDRESS_FAILURES, address, now);
  const sessionId = await recordSignIn(db, user, 'password', address);
  return { ok: true, ticket: issueTicket({ userId: user.id, sessionVersion: user.sessionVersion, sessionId }) };
}

/**
 * Sign-in through the identity provider: the account linked to exactly this issuer and subject (never
 * matched by e-mail or name, which another issuer could claim), if it is active. Audited either way.
 */
export async function checkOidcIdentity(db: Database, identity: { issuer: string; subject: string }, address: string): Promise<SessionClaim | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, identity.issuer), eq(users.oidcSubject, identity.subject)))
    .limit(1);
  if (!user || !user.active) {
    await appendAudit(db, {
      actor: user ? { id: user.id, label: user.email } : { id: null, label: `${identity.issuer} ${identity.subject}` },
      action: 'sign_in_failed',
      entity: 'session',
      entityId: user?.id ?? null,
      regionCode: user?.regionCode ?? null,
      newValue: { reason: user ? 'inactive' : 'unknown_identity', method: 'oidc', address },
    });
    return null;
  }
  const sessionId = await recordSignIn(db, user, 'oidc', address);
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId };
}

/**
 * The signed-in person behind a session, read afresh at `now`: null when deactivated, signed out, or the
 * session is past its absolute lifetime or idle limit. A valid session's use is recorded as activity.
 */
export async function viewerForSession(db: Database, session: SessionClaim | null, now = new Date(), limits?: SessionLimits): Promise<Viewer | null> {
  if (!session || !z.uuid().safeParse(session.userId).success || !z.uuid().safeParse(session.sessionId).success) return null;
  const [row] = await db
    .select({ user: users, region: regions })
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(eq(users.id, session.userId))
    .limit(1);
  const user = row?.user;
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  const valid = await touchSession(db, user.id, session.sessionId, now, limits);
  if (!valid) return null;
  const regionName = row.region ? { sv: row.region.nameSv, en: row.region.nameEn } : null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, regionCode: user.regionCode, regionName, sessionEndsAt: valid.endsAt };
}

/** Ends every session of the viewer (each is marked ended, and the tokens' version no longer matches) and records it. */
export async function endSessions(db: Database, viewer: Viewer): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, viewer.id));
    await endAccountSessions(tx, viewer.id);
    await appendAudit(tx, { actor: { id: viewer.id, label: viewer.email }, action: 'sign_out', entity: 'session', entityId: viewer.id, regionCode: viewer.regionCode });
  });
}

/** Who an entry in the audit trail names: a signed-in person, or a tool such as the account command. */
export type Actor = { id: string; label: string } | { id: null; label: string };

/**
 * Creates an account with a password, a linked identity-provider identity, or both, recorded in the
 * audit trail as done by `actor`, in one transaction. Throws on input the form schema refuses; the
 * administrators' page (lib/data/account-admin.ts) checks first and answers field by field.
 */
export async function createAccount(db: Database, input: NewAccountInput, actor: Actor): Promise<{ id: string }> {
  const account = newAccountInputSchema.parse(input);
  const passwordHash = account.password === undefined ? null : await hashPassword(account.password);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email: account.email,
        name: account.name,
        role: account.role,
        regionCode: account.regionCode,
        passwordHash,
        oidcIssuer: account.oidcIssuer,
        oidcSubject: account.oidcSubject,
      })
      .returning({ id: users.id });
    if (!created) throw new Error('the account was not created');
    await appendAudit(tx, {
      actor,
      action: 'create',
      entity: 'user',
      entityId: created.id,
      regionCode: account.regionCode,
      newValue: {
        email: account.email,
        name: account.name,
        role: account.role,
        regionCode: account.regionCode,
        active: true,
        password: passwordHash !== null,
        oidc: account.oidcIssuer === null ? null : { issuer: account.oidcIssuer, subject: account.oidcSubject },
      },
    });
    return created;
  });
}
