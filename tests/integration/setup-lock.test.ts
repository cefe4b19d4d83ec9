import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getConnection } from '@/lib/db/client';
import { decisions, population } from '@/lib/db/schema';

// Instances starting at once on one PostgreSQL each run `npm run db:setup` first (as `npm run serve`
// does). The embedded database has its directory lock instead (pglite-lock.test.ts).
async function setUp(): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'setup'], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

describe.runIf(process.env.TEST_DATABASE === 'postgresql')('set-up on one PostgreSQL from several processes at once', () => {
  it('migrates and seeds an empty database once, and every process succeeds', async () => {
    const runs = await Promise.all([setUp(), setUp(), setUp()]);
    for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
    expect(runs.filter((run) => run.output.includes('public record seeded'))).toHaveLength(1);

    const db = getConnection().db;
    const [decisionRows] = await db.select({ n: count() }).from(decisions);
    const [populationRows] = await db.select({ n: count() }).from(population);
    const again = await setUp();
    expect(again.code).toBe(0);
    expect((await db.select({ n: count() }).from(decisions))[0]).toEqual(decisionRows);
    expect((await db.select({ n: count() }).from(population))[0]).toEqual(populationRows);
  });
});
