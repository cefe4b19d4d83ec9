import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startChangeListener } from '@/lib/cache/change-listener';
import { isHearingChanges, publicCacheMetrics } from '@/lib/cache/public-caches.mjs';
import type { EntryResult } from '@/lib/data/entry';
import { saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import { publishApproved, reviewRecords, type ReviewResult } from '@/lib/data/review';
import { openConnection, type Connection } from '@/lib/db/client';
import { announcePublicChange } from '@/lib/db/public-change';
import { followUpRounds, population } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople } from '../support/people';
import { apiRequest, handlers } from '../support/api';

/*
 * Caches that agree: this process is instance B, listening as a server does; instance A is another
 * connection pool on the same PostgreSQL database (on PGlite, which is one process, the same
 * connection). A change A announces reaches B's open-data snapshot; what A writes without announcing
 * does not, which shows that B answers from its snapshot.
 */

const onPostgres = process.env.TEST_DATABASE === 'postgresql';
/** A change is awaited, never timed: the limit only catches one that never arrives (a busy machine is slow). */
const WITHIN = { timeout: 60_000, interval: 20 };

let b: Connection;
let a: Connection;
let listener: { close(): Promise<void> };
const people = { admin: '', editor: '' };
const as = actingAs(people);

beforeAll(async () => {
  b = await preparedDatabase();
  a = onPostgres ? openConnection({ databaseUrl: process.env.DATABASE_URL }) : b;
  await createPeople(b.db, 'caches.example', { admin: { role: 'admin', region: null }, editor: { role: 'editor', region: '09' } }, people);
  await b.db.insert(followUpRounds).values({ name: 'Omgång', referenceDate: '2025-06-30', opensOn: '2025-07-01', closesOn: '2099-12-31' });
  listener = startChangeListener(b);
  await vi.waitFor(() => expect(isHearingChanges()).toBe(true), { timeout: 30_000 });
});

afterAll(async () => {
  await listener?.close();
  if (a !== b) await a?.close();
});

async function residents(region: string, year: number): Promise<number | undefined> {
  const response = await handlers.population(apiRequest(`/api/v1/population?region=${region}&from=${year}&to=${year}`));
  expect(response.status).toBe(200);
  const rows = (await response.json()).data as { residents: number }[];
  return rows[0]?.residents;
}

/** Changes a population figure through A, announcing it or not. */
async function changeThroughA(region: string, year: number, residentsNow: number, announce: boolean) {
  await a.db.transaction(async (tx) => {
    await tx.update(population).set({ residents: residentsNow }).where(and(eq(population.regionCode, region), eq(population.year, year)));
    if (announce) await announcePublicChange(tx);
  });
}

function ok<R extends EntryResult | ReviewResult>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.failure)}`);
  return result as Extract<R, { ok: true }>;
}

describe(`caches that agree (${process.env.TEST_DATABASE})`, () => {
  it('answers from its snapshot until A announces a change, and then within 2 s from the database', async () => {
    const seeded = await residents('01', 2021);
    expect(seeded).toBeGreaterThan(0);
    const hits = publicCacheMetrics().apiSnapshot.hits;
    await changeThroughA('01', 2021, seeded! + 1, false);
    expect(await residents('01', 2021)).toBe(seeded);
    expect(publicCacheMetrics().apiSnapshot.hits).toBeGreaterThan(hits);

    await changeThroughA('01', 2021, seeded! + 2, true);
    await vi.waitFor(async () => expect(await residents('01', 2021)).toBe(seeded! + 2), WITHIN);
  });

  it('a write that rolls back announces nothing it could not read', async () => {
    const before = await residents('03', 2021);
    await expect(
      a.db.transaction(async (tx) => {
        await tx.update(population).set({ residents: before! + 3 }).where(and(eq(population.regionCode, '03'), eq(population.year, 2021)));
        await announcePublicChange(tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // A later announced change is heard; the rolled-back figure was never there to be read.
    await changeThroughA('04', 2021, 123_456, true);
    await vi.waitFor(async () => expect(await residents('04', 2021)).toBe(123_456), WITHIN);
    expect(await residents('03', 2021)).toBe(before);
  });

  it('shows a publication through the data layer within 2 s, and never the approved figure before it', async () => {
    const saved = ok(await as('editor', () => saveStaffingReport({ referenceDate: '2025-06-30', specialistsHeadcount: '4321', specialistsFte: '38', traineesHeadcount: '10', traineesFte: '9', source: 'Regionens personalsystem' })));
    const sent = ok(await as('editor', () => submitStaffingReport({ id: saved.id, version: saved.version })));
    const approved = ok(await as('admin', () => reviewRecords({ items: [`staffing_report:${sent.id}:${sent.version}`], decision: 'approve' })));
    expect(approved.count).toBe(1);
    const staffing = async () => (await handlers.staffing(apiRequest('/api/v1/staffing?region=09'))).text();

    // Whatever else is announced meanwhile, the approved figure is not public.
    await changeThroughA('05', 2021, 654_321, true);
    await vi.waitFor(async () => expect(await residents('05', 2021)).toBe(654_321), WITHIN);
    expect(await staffing()).not.toContain('4321');

    ok(await as('admin', () => publishApproved({ items: [`staffing_report:${sent.id}:${sent.version + 1}`], confirmed: 'yes' })));
    await vi.waitFor(async () => expect(await staffing()).toContain('"specialistsHeadcount":4321'), WITHIN);
  });

  it.runIf(onPostgres)('listens again after its connection is cut, and reads afresh what changed meanwhile', async () => {
    const listenerPid = async () =>
      (await a.db.execute<{ pid: number }>(sql`select pid from pg_stat_activity where application_name = 'public-data-listener' and datname = current_database()`)) as unknown as {
        pid: number;
      }[];
    const [first] = await listenerPid();
    expect(first).toBeDefined();
    const before = await residents('06', 2021);

    await a.db.execute(sql`select pg_terminate_backend(${first!.pid})`);
    // Written without an announcement, as if it were made while no one listened.
    await changeThroughA('06', 2021, before! + 7, false);
    await vi.waitFor(async () => {
      const [now] = await listenerPid();
      expect(now?.pid).toBeDefined();
      expect(now?.pid).not.toBe(first!.pid);
      expect(isHearingChanges()).toBe(true);
    }, { timeout: 30_000, interval: 50 });
    expect(await residents('06', 2021)).toBe(before! + 7);

    // And it hears announcements again.
    await changeThroughA('06', 2021, before! + 8, true);
    await vi.waitFor(async () => expect(await residents('06', 2021)).toBe(before! + 8), WITHIN);
  });
});
