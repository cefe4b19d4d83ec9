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
 * Tokens an instance has taken from a bucket and not yet handed out, by limit and key: taking a
 * second's worth at a time spares the database a write per request, and a client still never passes
 * its limit, since every token handed out was taken from the shared bucket. Requests of one key wait
 * for a claim already under way rather than each claiming a second's worth. A client spread over
 * instances may be refused at most a second's worth early per instance.
 */
const leases = new Map<string, { tokens: number; until: number }>();
const claims = new Map<string, Promise<number>>();
const LEASE_KEEP_MS = 60_000;
const MAX_LEASES = 10_000;

function takeFromLease(leaseKey: string, now: Date): boolean {
  const lease = leases.get(leaseKey);
  if (!lease || lease.tokens <= 0 || lease.until <= now.getTime()) return false;
  lease.tokens -= 1;
  return true;
}

function addToLease(leaseKey: string, tokens: number, now: Date): void {
  const lease = leases.get(leaseKey);
  if (lease && lease.until > now.getTime()) {
    lease.tokens += tokens;
    return;
  }
  // Bounded memory: the oldest lease goes first (its tokens are simply not handed out).
  if (!lease && leases.size >= MAX_LEASES) leases.delete(leases.keys().next().value ?? '');
  leases.set(leaseKey, { tokens, until: now.getTime() + LEASE_KEEP_MS });
}

/** Takes `size` tokens from the shared bucket, or none: whether it did. */
async function claim(db: Database, rule: RateRule, hash: string, size: number, now: Date): Promise<boolean> {
  const tokens = milliseconds((60_000 / rule.perMinute) * size);
  const movedOn = sql`greatest(${rateLimitBuckets.fullAt}, ${at(now)}) + ${tokens}`;
  const taken = await db
    .insert(rateLimitBuckets)
    .values({ limitName: rule.name, keyHash: hash, fullAt: sql`${at(now)} + ${tokens}` })
    .onConflictDoUpdate({
      target: [rateLimitBuckets.limitName, rateLimitBuckets.keyHash],
      set: { fullAt: movedOn },
      setWhere: sql`${movedOn} <= ${at(now)} + interval '1 minute'`,
    })
    .returning({ limitName: rateLimitBuckets.limitName });
  return taken.length > 0;
}

/**
 * Takes one request from the key's bucket: 0 when allowed, else the seconds until the next token.
 * The bucket is kept as the time it is full again; the tokens taken, counted on from there, must stay
 * within a minute of now. A second's worth is taken at once when the bucket has them (see `leases`).
 */
export async function takeRequest(rule: RateRule, key: string, { db = getConnection().db, now = new Date() } = {}): Promise<number> {
  const hash = keyHash(rule.name, key);
  const leaseKey = `${rule.name}\0${hash}`;
  for (;;) {
    if (takeFromLease(leaseKey, now)) return 0;
    const under = claims.get(leaseKey);
    if (!under) break;
    await under.catch(() => {});
  }
  const claiming = claimForRequest(db, rule, hash, leaseKey, now);
  claims.set(leaseKey, claiming);
  try {
    return await claiming;
  } finally {
    if (claims.get(leaseKey) === claiming) claims.delete(leaseKey);
  }
}

async function claimForRequest(db: Database, rule: RateRule, hash: string, leaseKey: string, now: Date): Promise<number> {
  await sweepNowAndThen(db, now);
  const perSecond = Math.floor(rule.perMinute / 60);
  if (perSecond > 1 && (await claim(db, rule, hash, perSecond, now))) {
    addToLease(leaseKey, perSecond - 1, now);
    return 0;
  }
  if (await claim(db, rule, hash, 1, now)) return 0;
  // Refused: the next token comes when the bucket is one token short of full.
  const [bucket] = await db
    .select({ waitMs: msUntil(sql`${rateLimitBuckets.fullAt} - interval '1 minute' + ${milliseconds(60_000 / rule.perMinute)}`, now) })
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
