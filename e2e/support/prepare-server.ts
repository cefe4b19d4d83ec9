/**
 * Prepares one end-to-end server's embedded database in one process, before `node server.mjs` starts
 * on it: what `db:reset`, `db:setup`, `db:example` and `user:create` do, without a process (and a
 * TypeScript compile) for each step.
 *   node --conditions=react-server --import tsx e2e/support/prepare-server.ts <server> <dir> [--example]
 * The migrated and seeded database is made once per run (E2E_RUN_ID, set by playwright.config.ts) in
 * .data/e2e-template and copied for each server; the first to need it makes it, under a lock, as the
 * matrix's servers may start at once on both workers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAccount } from '@/lib/data/internal/accounts';
import { openConnection } from '@/lib/db/client';
import { followUpRounds } from '@/lib/db/schema';
import { acquireDirectoryLock, DatabaseLockedError } from '@/lib/db/pglite-lock';
import { seedExampleData } from '@/lib/db/seed/example-data';
import { seedPublicRecord } from '@/lib/db/seed/public-record';
import { copyPgliteDirectory, createPgliteTemplate } from '../../tests/support/pglite-template';
import { E2E_PASSWORD, SERVER_ACCOUNTS, type ServerName } from '../accounts';
import { CLOSED_EXAMPLE_ROUND, OPEN_EXAMPLE_ROUND } from './example-rounds';

const TEMPLATE = path.resolve('.data/e2e-template');

/** Waits for the lock another process holds while it makes the template (a hang, not a speed, ends it). */
async function lockTemplate(): Promise<() => void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return acquireDirectoryLock(TEMPLATE);
    } catch (error) {
      if (!(error instanceof DatabaseLockedError) || attempt > 2400) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function template(runId: string): Promise<string> {
  const dir = path.join(TEMPLATE, 'db');
  const stamp = path.join(TEMPLATE, 'run');
  const release = await lockTemplate();
  try {
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === runId) return dir;
    fs.rmSync(TEMPLATE, { recursive: true, force: true });
    await createPgliteTemplate(dir);
    const connection = openConnection({ databaseUrl: '', pgliteDir: dir });
    try {
      await connection.migrate();
      await seedPublicRecord(connection.db);
    } finally {
      await connection.close();
    }
    fs.writeFileSync(stamp, runId);
    return dir;
  } finally {
    release();
  }
}

async function main(server: string | undefined, dir: string | undefined, options: string[]): Promise<void> {
  const runId = process.env.E2E_RUN_ID;
  if (!server || !(server in SERVER_ACCOUNTS) || !dir || !runId) {
    throw new Error(`Usage (with E2E_RUN_ID set): prepare-server.ts <${Object.keys(SERVER_ACCOUNTS).join('|')}> <directory> [--example]`);
  }
  const source = await template(runId);
  // Replaced while holding its lock, as `db:reset` deletes it: never under a server still running on it.
  const release = acquireDirectoryLock(dir);
  try {
    copyPgliteDirectory(source, path.resolve(dir));
  } finally {
    release();
  }
  const connection = openConnection({ databaseUrl: '', pgliteDir: dir });
  try {
    // Exactly as `db:setup` before serving: nothing to apply on the copy, which says it is current.
    await connection.migrate();
    if (options.includes('--example')) {
      await seedExampleData(connection.db);
      await connection.db.insert(followUpRounds).values([CLOSED_EXAMPLE_ROUND, OPEN_EXAMPLE_ROUND]);
    }
    for (const account of SERVER_ACCOUNTS[server as ServerName]) {
      const identity = 'oidcSubject' in account ? { oidcIssuer: account.oidcIssuer, oidcSubject: account.oidcSubject } : { password: E2E_PASSWORD };
      await createAccount(connection.db, { email: account.email, name: account.name, role: account.role as 'admin' | 'editor', regionCode: account.region, ...identity }, { id: null, label: 'account command' });
    }
  } finally {
    await connection.close();
  }
}

main(process.argv[2], process.argv[3], process.argv.slice(4)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
