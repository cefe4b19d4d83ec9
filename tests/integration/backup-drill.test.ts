import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupTarget } from '@/lib/db/backup';
import { startDebianPostgres } from '../support/debian-postgres';

/**
 * The restore drill: seed, back up, wipe, restore, and the public record and the audit trail are what
 * they were, byte for byte. On PostgreSQL it runs against Debian's PostgreSQL 15, whose pg_dump is the
 * machine's (the embedded PostgreSQL of the other tests has none); the database modules are imported
 * only after DATABASE_URL names that server.
 */

const onPostgres = process.env.TEST_DATABASE === 'postgresql';
let stopPostgres: (() => Promise<void>) | undefined;
const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flk-backup-'));

beforeAll(async () => {
  if (onPostgres) {
    const server = await startDebianPostgres(15);
    stopPostgres = server.stop;
    process.env.DATABASE_URL = server.url;
  }
});

afterAll(async () => {
  const { closeConnection } = await import('@/lib/db/client');
  await closeConnection();
  await stopPostgres?.();
  fs.rmSync(backupDir, { recursive: true, force: true });
});

/** What the public sees and what the audit trail holds, read through the code that serves them. */
async function snapshot() {
  const { bulk, handlers, apiRequest } = await import('../support/api');
  const { getConnection } = await import('@/lib/db/client');
  const bytes = async (response: Response) => {
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const { auditLog } = await import('@/lib/db/schema');
  const [audit] = await getConnection().db.select({ entries: count() }).from(auditLog);
  return {
    bulk: await bytes(await bulk(apiRequest('/api/v1/bulk'))),
    measures: await bytes(await handlers.measures(apiRequest('/api/v1/measures?asOf=latest'))),
    audit: audit?.entries,
  };
}

describe(`backup and restore drill (${onPostgres ? 'PostgreSQL 15' : 'embedded database'})`, () => {
  it('a restored backup serves the same public record and holds the same audit trail', async () => {
    const { preparedDatabase } = await import('../support/database');
    const { createAccount } = await import('@/lib/data/internal/accounts');
    const { closeConnection, getConnection } = await import('@/lib/db/client');
    const { backupDatabase, restoreDatabase } = await import('@/lib/db/backup');
    const { env } = await import('@/lib/env');

    const { db } = await preparedDatabase();
    await createAccount(db, { email: 'drill@example.test', name: 'Övning', role: 'admin', regionCode: null, password: 'a long drill password 1' }, { id: null, label: 'drill' });
    const before = await snapshot();
    expect(before.audit).toBeGreaterThan(0);
    expect(before.bulk.length).toBeGreaterThan(1000);

    const target: BackupTarget = env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR };
    const file = path.join(backupDir, onPostgres ? 'drill.dump' : 'drill.tar.gz');
    if (onPostgres) await backupDatabase(target, file);
    else {
      // The embedded database is backed up and restored only while nothing has it open.
      await expect(backupDatabase(target, file)).rejects.toThrow(/already in use/);
      await closeConnection();
      await backupDatabase(target, file);
    }
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    // Wipe: nothing of the record is left.
    if (onPostgres) {
      await getConnection().db.execute(sql`drop schema public cascade; create schema public; drop schema if exists drizzle cascade`);
      await closeConnection();
    } else fs.rmSync(env.PGLITE_DIR, { recursive: true, force: true });
    const { auditLog } = await import('@/lib/db/schema');
    await expect(getConnection().db.select({ entries: count() }).from(auditLog)).rejects.toThrow();
    await closeConnection();

    await restoreDatabase(target, file);
    const after = await snapshot();
    expect(after.audit).toBe(before.audit);
    expect(after.measures.equals(before.measures)).toBe(true);
    expect(after.bulk.equals(before.bulk)).toBe(true);
  });
});
