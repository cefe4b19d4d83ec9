import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ADDRESS_FAILURES, checkPassword, createAccount, type SignInOutcome } from '@/lib/data/internal/accounts';
import { claimAttempt, clearFailures, failureWaitMs, sweepExpiredLimits, takeRequest, withdrawAttempt, type FailureRule, type RateRule } from '@/lib/data/internal/limits';
import { closeConnection, getConnection, openConnection, type Connection, type Database } from '@/lib/db/client';
import { rateLimitBuckets, signInFailures } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';

/**
 * The limits as several instances of the app see them. On PostgreSQL each instance is a connection of
 * its own (a pool, so its statements really run at once); PGlite allows one process, so there its one
 * connection stands for both, and a restart closes and reopens it.
 */
const onPostgres = process.env.TEST_DATABASE === 'postgresql';
const openInstance = (): Connection => (onPostgres ? openConnection({ databaseUrl: process.env.DATABASE_URL }) : getConnection());
async function stop(...instances: Connection[]): Promise<void> {
  if (onPostgres) for (const instance of instances) await instance.close();
  else {
    await closeConnection();
    db = getConnection().db;
  }
}

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
});

const PASSWORD = 'ett långt och hemligt lösenord';
const MINUTE = 60_000;
let counter = 0;
async function account(): Promise<string> {
  counter += 1;
  const email = `limit${counter}-${process.env.TEST_DATABASE}@region.example`;
  await createAccount(getConnection().db, { email, name: `Gräns ${counter}`, role: 'editor', regionCode: '09', password: PASSWORD }, { id: null, label: 'test' });
  return email;
}
const address = () => `198.51.100.${(counter += 1) % 250}`;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const tally = (outcomes: (SignInOutcome | number)[]) => {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = typeof outcome === 'number' ? (outcome === 0 ? 'allowed' : 'refused') : outcome.ok ? 'ok' : outcome.reason;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe(`limits shared by every instance (${process.env.TEST_DATABASE})`, () => {
  it('failed sign-ins on two instances count toward one lock, which a restart does not forget', async () => {
    const email = await account();
    const [a, b] = [openInstance(), openInstance()];
    const wrong = { email, password: 'fel lösenord helt och hållet' };
    for (const instance of [a, b, a, b, a]) expect(await checkPassword(instance.db, wrong, address())).toEqual({ ok: false, reason: 'invalid' });
    // Locked even against the right password, for as long as the first failure stays in the window.
    const locked = await checkPassword(b.db, { email, password: PASSWORD }, address());
    expect(locked).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    const { retryAfterSeconds } = locked as { retryAfterSeconds: number };
    expect(retryAfterSeconds).toBeGreaterThan(0);
    expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    await stop(a, b);

    const restarted = openInstance();
    expect(await checkPassword(restarted.db, { email, password: PASSWORD }, address())).toMatchObject({ ok: false, reason: 'rate_limited' });
    // Once the window has passed, the failures no longer count.
    expect(await checkPassword(restarted.db, { email, password: PASSWORD }, address(), later(new Date(), 15 * MINUTE + 1_000))).toMatchObject({ ok: true });
    await stop(restarted);
  });

  it('wrong passwords sent at once to both instances: exactly five are checked, the rest refused', async () => {
    const email = await account();
    const [a, b] = [openInstance(), openInstance()];
    const outcomes = await Promise.all(
      Array.from({ length: 24 }, (_, i) => checkPassword((i % 2 ? a : b).db, { email, password: `gissning nummer ${i}` }, address())),
    );
    expect(tally(outcomes)).toEqual({ invalid: 5, rate_limited: 19 });
    await stop(a, b);
  });

  it('one address guessing at once across accounts on both instances: exactly thirty are checked', async () => {
    const from = '192.0.2.77';
    const [a, b] = [openInstance(), openInstance()];
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => checkPassword((i % 2 ? a : b).db, { email: `spray${i}-${process.env.TEST_DATABASE}@region.example`, password: 'Sommar2026!' }, from)),
    );
    expect(tally(outcomes)).toEqual({ invalid: 30, rate_limited: 10 });
    await stop(a, b);
  });

  it('a right password is no failure of its address, and clears its account', async () => {
    const email = await account();
    const from = address();
    const now = new Date();
    for (let i = 0; i < 4; i += 1) await checkPassword(db, { email, password: 'fel lösenord helt och hållet' }, from, later(now, i));
    expect(await checkPassword(db, { email, password: PASSWORD }, from, later(now, 10))).toMatchObject({ ok: true });
    // The address has four failures, not five; the account's were cleared, so five more may fail.
    expect(await failureWaitMs(db, { ...ADDRESS_FAILURES, maxFailures: 4 }, from, later(now, 10))).toBeGreaterThan(0);
    expect(await failureWaitMs(db, { ...ADDRESS_FAILURES, maxFailures: 5 }, from, later(now, 10))).toBe(0);
    for (let i = 0; i < 5; i += 1) {
      expect(await checkPassword(db, { email, password: 'fel igen, helt fel' }, address(), later(now, 20 + i))).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await checkPassword(db, { email, password: PASSWORD }, address(), later(now, 30))).toMatchObject({ reason: 'rate_limited' });
  });

  it('requests sent at once to both instances take from one bucket, and a restart keeps it', async () => {
    const rule: RateRule = { name: `api-shared-${counter}`, perMinute: 10 };
    const now = new Date();
    const [a, b] = [openInstance(), openInstance()];
    const waits = await Promise.all(Array.from({ length: 30 }, (_, i) => takeRequest(rule, 'client', { db: (i % 2 ? a : b).db, now })));
    expect(tally(waits)).toEqual({ allowed: 10, refused: 20 });
    // The clock stands still: the next token is one token's time (6 s) away for every refused request.
    expect(waits.filter((wait) => wait > 0).every((wait) => wait === 6)).toBe(true);
    await stop(a, b);

    const restarted = openInstance();
    expect(await takeRequest(rule, 'client', { db: restarted.db, now })).toBe(6);
    expect(await takeRequest(rule, 'another client', { db: restarted.db, now })).toBe(0);
    expect(await takeRequest(rule, 'client', { db: restarted.db, now: later(now, 6_000) })).toBe(0);
    expect(await takeRequest(rule, 'client', { db: restarted.db, now: later(now, 6_000) })).toBeGreaterThan(0);
    await stop(restarted);
  });
});

describe(`tokens taken a second's worth at a time (${process.env.TEST_DATABASE})`, () => {
  it('a burst from one client spread over two instances passes exactly its limit, with a database write per second’s worth, not per request', async () => {
    // Two instances: two connections, and the module loaded twice, so each has its own tokens in hand.
    vi.resetModules();
    const other = await import('@/lib/data/internal/limits');
    const rule: RateRule = { name: `api-leased-${(counter += 1)}`, perMinute: 600 };
    const now = new Date();
    const [a, b] = [openInstance(), openInstance()];
    const statements = { count: 0 };
    const counted = (db: Database) => new Proxy(db, { get: (target, name, receiver) => (name === 'insert' ? (statements.count++, Reflect.get(target, name, receiver)) : Reflect.get(target, name, receiver)) });
    const burst = (length: number) =>
      Promise.all(Array.from({ length }, (_, i) => (i % 2 ? takeRequest(rule, 'client', { db: counted(a.db), now }) : other.takeRequest(rule, 'client', { db: counted(b.db), now }))));
    expect(tally(await burst(600))).toEqual({ allowed: 600 });
    // The minute's 600 tokens in claims of ten (one a second's worth): sixty writes, not six hundred.
    expect(statements.count).toBeLessThanOrEqual(70);
    expect(tally(await burst(400))).toEqual({ refused: 400 });
    await stop(a, b);
  });
});

describe(`a token bucket in the database (${process.env.TEST_DATABASE})`, () => {
  it('allows the budget, refuses the next request with the seconds to wait, and refills over time', async () => {
    const rule: RateRule = { name: 'three-a-minute', perMinute: 3 };
    const now = new Date();
    const take = (key: string, ms = 0) => takeRequest(rule, key, { db, now: later(now, ms) });
    expect([await take('a'), await take('a'), await take('a')]).toEqual([0, 0, 0]);
    expect(await take('a')).toBe(20); // one token per 20 s at 3 per minute
    expect(await take('b')).toBe(0);
    expect(await take('a', 20_000)).toBe(0);
    expect(await take('a', 20_000)).toBeGreaterThan(0);
    // A full minute later the bucket is full again, and holds no more than a minute's requests.
    const waits = [];
    for (let i = 0; i < 4; i += 1) waits.push(await take('a', 20_000 + 10 * MINUTE));
    expect(waits).toEqual([0, 0, 0, 20]);
  });
});

describe(`failures within a window, in the database (${process.env.TEST_DATABASE})`, () => {
  const rule: FailureRule = { name: 'three-a-minute', maxFailures: 3, windowMs: MINUTE };

  it('lets a key fail up to the limit, then refuses it until the oldest failure leaves the window', async () => {
    const now = new Date();
    for (let i = 0; i < 3; i += 1) {
      expect(await failureWaitMs(db, rule, 'anna', later(now, i * 1_000))).toBe(0);
      expect(await claimAttempt(db, [[rule, 'anna']], later(now, i * 1_000))).toEqual({ ok: true });
    }
    // Failures at 0, 1 and 2 s; now 3 s: locked until the first is 60 s old.
    expect(await failureWaitMs(db, rule, 'anna', later(now, 3_000))).toBe(57_000);
    expect(await claimAttempt(db, [[rule, 'anna']], later(now, 3_000))).toEqual({ ok: false, retryAfterMs: 57_000 });
    expect(await failureWaitMs(db, rule, 'bertil', later(now, 3_000))).toBe(0);
    expect(await failureWaitMs(db, rule, 'anna', later(now, 60_000))).toBe(0);
    expect(await claimAttempt(db, [[rule, 'anna']], later(now, 60_000))).toEqual({ ok: true });
    expect(await failureWaitMs(db, rule, 'anna', later(now, 60_000))).toBe(1_000);
  });

  it('counts an attempt against every limit or none, and forgets a key or one attempt when told to', async () => {
    const strict: FailureRule = { name: 'one-a-minute', maxFailures: 1, windowMs: MINUTE };
    const now = new Date();
    expect(await claimAttempt(db, [[strict, 'cecilia']], now)).toEqual({ ok: true });
    // Cecilia is at her limit, so the attempt counts for neither key.
    expect(await claimAttempt(db, [[rule, 'david'], [strict, 'cecilia']], now)).toEqual({ ok: false, retryAfterMs: MINUTE });
    expect(await claimAttempt(db, [[rule, 'david']], now)).toEqual({ ok: true });
    expect(await claimAttempt(db, [[rule, 'david']], now)).toEqual({ ok: true });
    expect(await failureWaitMs(db, rule, 'david', now)).toBe(0);
    await clearFailures(db, strict, 'cecilia');
    expect(await failureWaitMs(db, strict, 'cecilia', now)).toBe(0);
    expect(await claimAttempt(db, [[strict, 'cecilia']], later(now, 5))).toEqual({ ok: true });
    await withdrawAttempt(db, strict, 'cecilia', later(now, 5));
    expect(await failureWaitMs(db, strict, 'cecilia', later(now, 5))).toBe(0);
  });
});

describe(`rows of the limits (${process.env.TEST_DATABASE})`, () => {
  it('hold no readable address, e-mail address or name, and are deleted once their time has passed', async () => {
    const now = new Date();
    const bucket: RateRule = { name: 'expiring', perMinute: 2 };
    const failures: FailureRule = { name: 'expiring', maxFailures: 2, windowMs: 10 * MINUTE };
    for (let i = 0; i < 50; i += 1) {
      await takeRequest(bucket, `203.0.113.${i}`, { db, now });
      await claimAttempt(db, [[failures, `person${i}@region.example`]], now);
    }
    const stored = JSON.stringify([await db.select().from(rateLimitBuckets), await db.select().from(signInFailures)]);
    expect(stored).not.toMatch(/203\.0\.113|198\.51\.100|192\.0\.2|@|region\.example|person|client|anna/);

    const rows = async () => ({
      buckets: (await db.select().from(rateLimitBuckets).where(inArray(rateLimitBuckets.limitName, [bucket.name]))).length,
      failures: (await db.select().from(signInFailures).where(inArray(signInFailures.limitName, [failures.name]))).length,
    });
    expect(await rows()).toEqual({ buckets: 50, failures: 50 });
    await sweepExpiredLimits(db, later(now, 30_000));
    expect(await rows()).toEqual({ buckets: 50, failures: 50 });
    // The buckets are full again after 30 s (one request of two a minute); the failures after 10 minutes.
    await sweepExpiredLimits(db, later(now, 30_001));
    expect(await rows()).toEqual({ buckets: 0, failures: 50 });
    await sweepExpiredLimits(db, later(now, 10 * MINUTE + 1));
    expect(await rows()).toEqual({ buckets: 0, failures: 0 });
  });
});
