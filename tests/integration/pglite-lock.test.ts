import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import type { Connection } from '@/lib/db/client';
import { acquireDirectoryLock, DatabaseLockedError, lockPathFor } from '@/lib/db/pglite-lock';
import { decisions } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';

// Only the embedded database needs a lock: PostgreSQL serves many connections by design.
let connection: Connection;
beforeAll(async () => {
  connection = await preparedDatabase();
});

function runDbCommand(command: string, pgliteDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db.ts', command], {
    env: { ...process.env, PGLITE_DIR: pgliteDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('only one process may open a PGlite directory', () => {
  it('refuses a second process at once, naming the directory and the holder, and loses no rows', async () => {
    const [before] = await connection.db.select({ n: count() }).from(decisions);

    const second = runDbCommand('seed', env.PGLITE_DIR);

    expect(second.status).toBe(1);
    expect(second.stderr).toContain(path.resolve(env.PGLITE_DIR));
    expect(second.stderr).toContain(`process ${process.pid}`);
    // The first holder keeps working and nothing was written beside it.
    const [after] = await connection.db.select({ n: count() }).from(decisions);
    expect(after?.n).toBe(before?.n);
    expect(before?.n).toBeGreaterThan(0);
  });

  it('refuses a second opener inside the same process too', () => {
    expect(() => acquireDirectoryLock(env.PGLITE_DIR)).toThrow(DatabaseLockedError);
  });

  it('takes over a lock left behind by a process that no longer exists', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flk-lock-')), 'db');
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    fs.writeFileSync(
      lockPathFor(dir),
      JSON.stringify({ pid: dead, hostname: os.hostname(), command: 'crashed', startedAt: '2026-01-01T00:00:00Z', processStart: null }),
    );
    const result = runDbCommand('migrate', dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  });

  it('takes over a lock whose holder was killed and is left a zombie nobody reaps (as in a container without init)', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flk-lock-')), 'db');
    // The shell starts a child that exits at once, then becomes `sleep`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const [output] = (await once(parent.stdout!, 'data')) as [Buffer];
      const zombie = Number(output.toString().trim());
      const stat = () => fs.readFileSync(`/proc/${zombie}/stat`, 'utf8');
      for (let attempt = 0; attempt < 50 && !stat().includes(') Z '); attempt++) await new Promise((wait) => setTimeout(wait, 100));
      expect(stat()).toContain(') Z ');
      const processStart = stat().slice(stat().lastIndexOf(')') + 2).split(' ')[19];
      fs.writeFileSync(lockPathFor(dir), JSON.stringify({ pid: zombie, hostname: os.hostname(), command: 'next start', startedAt: '2026-01-01T00:00:00Z', processStart }));
      const result = runDbCommand('migrate', dir);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
