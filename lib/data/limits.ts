import 'server-only';
import { createHmac } from 'node:crypto';
import { and, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { getConnection, type Database } from '@/lib/db/client';
import { rateLimitBuckets, signInFailures } from '@/lib/db/schema';

/**
 * Rate limits and sign-in limits, kept in the database so that every instance of the app counts toward
 * the same limit and a restart forgets nothing. Each count is one statement on one row (INSERT … ON
 * CONFLICT DO UPDATE … WHERE under the limit): the row's lock puts two instances asking at once one after
 * the other, so they never both pass. Times are the app's clock, as for sessions: instances keep their
 * clocks in step.
 */

/** A token bucket: `perMinute` requests, refilled continuously (a full bucket is a minute's requests). */
export interface RateRule {
  name: string;
  perMinute: number;
}

/** At most `maxFailures` within any `windowMs`; past that the key waits until the oldest of them has aged out. */
export interface FailureRule {
  name: string;
  maxFailures: number;
  windowMs: number;
}

let hashKey: Buffer | undefined;

/**
 * What is stored instead of the key (a client address, an e-mail address, an account id): keyed with the
 * session secret, the same on every instance, because without a key every IPv4 address could simply be
 * tried. The limit's name is hashed in too, so the same client cannot be followed from one limit to another.
 */
function keyHash(limitName: string, key: string): string {
  hashKey ??= createHmac('sha256', resolveAuthSecret()).update('limit keys').digest();
  return createHmac('sha256', hashKey).update(`${limitName}\0${key}`).digest('base64url');
}

const at = (time: Date): SQL => sql`${time.toISOString()}::timestamptz`;
const milliseconds = (ms: number): SQL => sql`(${ms}::double precision * interval '1 millisecond')`;
const msUntil = (time: SQL, now: Date) => sql<number | null>`extract(epoch from (${time} - ${at(now)})) * 1000`.mapWith(Number);

const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 1_000;
let nextSweep = 0;

/**
 * Deletes rows whose time has passed, a batch per table: they count for nothing, and a flood of new
 * clients must not grow the tables for good. Run by the limits themselves about once a minute per process.
 */
export async function sweepExpiredLimits(db: Database, now = new Date()): Promise<void> {
  const oldBuckets = db.select({ key: rateLimitBuckets.keyHash }).from(rateLimitBuckets).where(lt(rateLimitBuckets.fullAt, now)).limit(SWEEP_BATCH);
  await db.delete(rateLimitBuckets).where(and(inArray(rateLimitBuckets.keyHash, oldBuckets), lt(rateLimitBuckets.fullAt, now)));
  const oldFailures = db.select({ key: signInFailures.keyHash }).from(signInFailures).where(lt(signInFailures.expiresAt, now)).limit(SWEEP_BATCH);
  await db.delete(signInFailures).where(and(inArray(signInFailures.keyHash, oldFailures), lt(signInFailures.expiresAt, now)));
}

async function sweepNowAndThen(db: Database, now: Date): Promise<void> {
  if (now.getTime() < nextSweep) return;
  nextSweep = now.getTime() + SWEEP_EVERY_MS;
  await sweepExpiredLimits(db, now);
}

/**
 * Takes one request from the key's bucket: 0 when allowed, else the seconds until the next token.
 * The bucket is kept as the time it is full again; one token's time on from there must stay within a
 * minute of now.
 */
export async function takeRequest(rule: RateRule, key: string, { db = getConnection().db, now = new Date() } = {}): Promise<number> {
  await sweepNowAndThen(db, now);
  const token = milliseconds(60_000 / rule.perMinute);
  const hash = keyHash(rule.name, key);
  const movedOn = sql`greatest(${rateLimitBuckets.fullAt}, ${at(now)}) + ${token}`;
  const taken = await db
    .insert(rateLimitBuckets)
    .values({ limitName: rule.name, keyHash: hash, fullAt: sql`${at(now)} + ${token}` })
    .onConflictDoUpdate({
      target: [rateLimitBuckets.limitName, rateLimitBuckets.keyHash],
      set: { fullAt: movedOn },
      setWhere: sql`${movedOn} <= ${at(now)} + interval '1 minute'`,
    })
    .returning({ limitName: rateLimitBuckets.limitName });
  if (taken.length > 0) return 0;
  // Refused: the next token comes when the bucket is one token short of full.
  const [bucket] = await db
    .select({ waitMs: msUntil(sql`${rateLimitBuckets.fullAt} - interval '1 minute' + ${token}`, now) })
    .from(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.limitName, rule.name), eq(rateLimitBuckets.keyHash, hash)));
  return Math.max(1, Math.ceil((bucket?.waitMs ?? 0) / 1000));
}

const failureRow = (rule: FailureRule, key: string) => and(eq(signInFailures.limitName, rule.name), eq(signInFailures.keyHash, keyHash(rule.name, key)));

/** Counts one failure for the key unless it is at its limit; whether it was counted. */
async function countFailure(db: Database, rule: FailureRule, key: string, now: Date): Promise<boolean> {
  const since = at(new Date(now.getTime() - rule.windowMs));
  const expiresAt = sql`${at(now)} + ${milliseconds(rule.windowMs)}`;
  const counted = await db
    .insert(signInFailures)
    .values({ limitName: rule.name, keyHash: keyHash(rule.name, key), failures: sql`array[${at(now)}]`, expiresAt })
    .onConflictDoUpdate({
      target: [signInFailures.limitName, signInFailures.keyHash],
      // The newest failures within the window, this one included; older ones no longer count.
      set: {
        failures: sql`array(select t from (select t from unnest(${signInFailures.failures} || ${at(now)}) as f(t) where t > ${since} order by t desc limit ${rule.maxFailures}) as newest order by t)`,
        expiresAt: sql`greatest(${signInFailures.expiresAt}, ${expiresAt})`,
      },
      setWhere: sql`(select count(*) from unnest(${signInFailures.failures}) as f(t) where t > ${since}) < ${rule.maxFailures}`,
    })
    .returning({ limitName: signInFailures.limitName });
  return counted.length > 0;
}

/** Milliseconds until the key may try again: when the oldest of its last `maxFailures` failures leaves the window; 0 when it may try now. */
export async function failureWaitMs(db: Database, rule: FailureRule, key: string, now = new Date()): Promise<number> {
  const since = at(new Date(now.getTime() - rule.windowMs));
  const oldestCounting = sql`(select t from unnest(${signInFailures.failures}) as f(t) where t > ${since} order by t desc offset ${rule.maxFailures - 1} limit 1)`;
  const [row] = await db
    .select({ waitMs: msUntil(sql`${oldestCounting} + ${milliseconds(rule.windowMs)}`, now) })
    .from(signInFailures)
    .where(failureRow(rule, key));
  return row?.waitMs ? Math.max(1, Math.ceil(row.waitMs)) : 0;
}

/** Rolls back a claim's transaction; this module's own class, so the check below never depends on which copy of Drizzle a bundle holds. */
class AtLimit extends Error {}

/**
 * Counts one attempt against every limit at once, before it is checked, or against none when any of
 * them is at its limit: so attempts made at the same moment can never together pass a limit. The
 * attempt counts as a failure until it is withdrawn.
 */
export async function claimAttempt(db: Database, limits: [FailureRule, string][], now = new Date()): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
  await sweepNowAndThen(db, now);
  const claimed = await db
    .transaction(async (tx) => {
      // Always in the order given, so two claims never wait for each other's rows in a circle.
      for (const [rule, key] of limits) if (!(await countFailure(tx, rule, key, now))) throw new AtLimit();
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof AtLimit) return false;
      throw error;
    });
  if (claimed) return { ok: true };
  let retryAfterMs = 1;
  for (const [rule, key] of limits) retryAfterMs = Math.max(retryAfterMs, await failureWaitMs(db, rule, key, now));
  return { ok: false, retryAfterMs };
}

/** An attempt claimed at `claimedAt` that succeeded: it is no failure after all. */
export async function withdrawAttempt(db: Database, rule: FailureRule, key: string, claimedAt: Date): Promise<void> {
  const position = sql`array_position(${signInFailures.failures}, ${at(claimedAt)})`;
  await db
    .update(signInFailures)
    .set({ failures: sql`${signInFailures.failures}[:${position} - 1] || ${signInFailures.failures}[${position} + 1:]` })
    .where(and(failureRow(rule, key), sql`${position} is not null`));
}

/** Forgets every failure of the key (a correct password clears its account). */
export async function clearFailures(db: Database, rule: FailureRule, key: string): Promise<void> {
  await db.delete(signInFailures).where(failureRow(rule, key));
}
