import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { redeemTicket } from '@/lib/auth/tickets';
import { checkOidcIdentity, checkPassword, createAccount, endSessions, viewerForSession } from '@/lib/data/internal/accounts';
import { startSession } from '@/lib/data/internal/sessions';
import type { Database } from '@/lib/db/client';
import { auditLog, users } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';

const TEST_ACTOR = { id: null, label: 'test' };

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
});

const PASSWORD = 'ett långt och hemligt lösenord';
let counter = 0;
/** A fresh account (and client address) per test: the sign-in limits count per account and address. */
async function account(role: 'admin' | 'editor' = 'editor', regionCode: string | null = '09') {
  counter += 1;
  const email = `person${counter}-${process.env.TEST_DATABASE}@region.example`;
  const { id } = await createAccount(db, { email, name: `Person ${counter}`, role, regionCode: role === 'admin' ? null : regionCode, password: PASSWORD }, TEST_ACTOR);
  return { id, email, address: `198.51.100.${counter}` };
}

async function lastAudit(action: string, label: string) {
  const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.actorLabel, label))).orderBy(desc(auditLog.id)).limit(1);
  return entry;
}

describe(`accounts and signing in (${process.env.TEST_DATABASE})`, () => {
  it('creates an account with a hashed password, a lower-case address, and an audit entry', async () => {
    const { id, email } = await account();
    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row?.email).toBe(email.toLowerCase());
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(await lastAudit('create', TEST_ACTOR.label))).not.toContain(PASSWORD);
    await expect(createAccount(db, { email: email.toUpperCase(), name: 'Dubblett', role: 'admin', regionCode: null, password: PASSWORD }, TEST_ACTOR)).rejects.toThrow();
  });

  it('refuses an editor without a region, an administrator with one, and a short password, writing nothing', async () => {
    const before = (await db.select({ id: users.id }).from(users)).length;
    const bad = [
      { email: 'a@region.example', name: 'A', role: 'editor' as const, regionCode: null, password: PASSWORD },
      { email: 'b@region.example', name: 'B', role: 'admin' as const, regionCode: '09', password: PASSWORD },
      { email: 'c@region.example', name: 'C', role: 'editor' as const, regionCode: '09', password: 'kort' },
      { email: 'c@region.example', name: 'C', role: 'editor' as const, regionCode: '99', password: PASSWORD },
    ];
    for (const input of bad) await expect(createAccount(db, input, TEST_ACTOR)).rejects.toThrow();
    expect((await db.select({ id: users.id }).from(users)).length).toBe(before);
  });

  it('signs in with the right password: a one-time ticket for that account, the time recorded, and an audit entry', async () => {
    const { id, email, address } = await account();
    const outcome = await checkPassword(db, { email, password: PASSWORD }, address);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(redeemTicket(outcome.ticket)).toEqual({ userId: id, sessionVersion: 0, sessionId: expect.any(String) });
    expect((await db.select().from(users).where(eq(users.id, id)))[0]?.lastSignInAt).toBeInstanceOf(Date);
    expect((await lastAudit('sign_in', email))?.actorId).toBe(id);
  });

  it('answers a wrong password, an unknown account and a deactivated one alike, and records which it was', async () => {
    const { id, email, address } = await account();
    expect(await checkPassword(db, { email, password: 'fel lösenord helt och hållet' }, address)).toEqual({ ok: false, reason: 'invalid' });
    expect((await lastAudit('sign_in_failed', email))?.newValue).toMatchObject({ reason: 'wrong_password' });
    expect(await checkPassword(db, { email: `okand-${email}`, password: PASSWORD }, address)).toEqual({ ok: false, reason: 'invalid' });
    expect((await lastAudit('sign_in_failed', `okand-${email}`))?.newValue).toMatchObject({ reason: 'unknown_account' });
    await db.update(users).set({ active: false }).where(eq(users.id, id));
    expect(await checkPassword(db, { email, password: PASSWORD }, address)).toEqual({ ok: false, reason: 'invalid' });
    expect((await lastAudit('sign_in_failed', email))?.newValue).toMatchObject({ reason: 'inactive' });
  });

  it('locks an account for a while after five wrong passwords, even against the right one, and says how long', async () => {
    const { email } = await account();
    for (let i = 0; i < 5; i += 1) {
      expect(await checkPassword(db, { email, password: `gissning nummer ${i}` }, `203.0.113.${i}`)).toEqual({ ok: false, reason: 'invalid' });
    }
    const locked = await checkPassword(db, { email, password: PASSWORD }, '203.0.113.99');
    expect(locked).toMatchObject({ ok: false, reason: 'rate_limited' });
    if (!locked.ok && locked.reason === 'rate_limited') {
      expect(locked.retryAfterSeconds).toBeGreaterThan(0);
      expect(locked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it('limits one address guessing across many accounts', async () => {
    const address = '192.0.2.200';
    for (let i = 0; i < 30; i += 1) await checkPassword(db, { email: `spray${i}@region.example`, password: 'Sommar2026!' }, address);
    const { email } = await account();
    expect(await checkPassword(db, { email, password: PASSWORD }, address)).toMatchObject({ ok: false, reason: 'rate_limited' });
  });

  it('reads role, region and the active flag afresh for every session, and ends sessions on sign-out', async () => {
    const { id, email } = await account('editor', '25');
    const session = { userId: id, sessionVersion: 0, sessionId: await startSession(db, id) };
    expect(await viewerForSession(db, session)).toMatchObject({ id, email, role: 'editor', regionCode: '25', regionName: { sv: 'Region Norrbotten' } });

    await db.update(users).set({ regionCode: '17' }).where(eq(users.id, id));
    expect((await viewerForSession(db, session))?.regionCode).toBe('17');

    await db.update(users).set({ active: false }).where(eq(users.id, id));
    expect(await viewerForSession(db, session)).toBeNull();
    await db.update(users).set({ active: true }).where(eq(users.id, id));

    const viewer = await viewerForSession(db, session);
    await endSessions(db, viewer!);
    expect(await viewerForSession(db, session)).toBeNull();
    expect(await viewerForSession(db, { userId: id, sessionVersion: 1, sessionId: await startSession(db, id) })).not.toBeNull();
    expect((await lastAudit('sign_out', email))?.actorId).toBe(id);
  });

  it('gives nobody for a missing, malformed or unknown session', async () => {
    expect(await viewerForSession(db, null)).toBeNull();
    const sessionId = '00000000-0000-4000-8000-000000000001';
    expect(await viewerForSession(db, { userId: "' or 1=1 --", sessionVersion: 0, sessionId })).toBeNull();
    expect(await viewerForSession(db, { userId: '00000000-0000-4000-8000-000000000000', sessionVersion: 0, sessionId })).toBeNull();
    const { id } = await account();
    expect(await viewerForSession(db, { userId: id, sessionVersion: 0, sessionId: "' or 1=1 --" })).toBeNull();
    expect(await viewerForSession(db, { userId: id, sessionVersion: 0, sessionId })).toBeNull();
  });

  it('signs in an identity from the provider only as the account linked to that issuer and subject', async () => {
    const issuer = 'https://idp.region.example';
    const email = `linked-${process.env.TEST_DATABASE}@region.example`;
    const { id } = await createAccount(db, { email, name: 'Länkad', role: 'editor', regionCode: '13', oidcIssuer: issuer, oidcSubject: `sub-${process.env.TEST_DATABASE}` }, TEST_ACTOR);
    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row?.passwordHash).toBeNull();

    expect(await checkOidcIdentity(db, { issuer, subject: `sub-${process.env.TEST_DATABASE}` }, '192.0.2.1')).toEqual({ userId: id, sessionVersion: 0, sessionId: expect.any(String) });
    expect((await lastAudit('sign_in', email))?.newValue).toMatchObject({ method: 'oidc' });
    // The same subject from another issuer is somebody else; so is an unknown subject.
    expect(await checkOidcIdentity(db, { issuer: 'https://evil.example', subject: `sub-${process.env.TEST_DATABASE}` }, '192.0.2.1')).toBeNull();
    expect(await checkOidcIdentity(db, { issuer, subject: 'okand' }, '192.0.2.1')).toBeNull();
    expect((await lastAudit('sign_in_failed', `${issuer} okand`))?.newValue).toMatchObject({ reason: 'unknown_identity', method: 'oidc' });
    // A deactivated account is refused at once.
    await db.update(users).set({ active: false }).where(eq(users.id, id));
    expect(await checkOidcIdentity(db, { issuer, subject: `sub-${process.env.TEST_DATABASE}` }, '192.0.2.1')).toBeNull();
    // An account with neither a password nor a linked identity could never sign in: refused.
    await expect(createAccount(db, { email: `none-${email}`, name: 'Ingen', role: 'admin', regionCode: null }, TEST_ACTOR)).rejects.toThrow();
  });
});
