/**
 * Database commands, run explicitly (never as a side effect of starting a module):
 *   migrate        apply pending migrations from drizzle/
 *   seed           load the sourced public record into an empty database
 *   setup          migrate, then seed if empty (what `npm start` runs before serving)
 *   example        load the labelled example staffing dataset
 *   example:remove remove the example dataset again
 *   reset          delete the embedded PGlite directory (refused with DATABASE_URL)
 */
import fs from 'node:fs';
import path from 'node:path';
import { openConnection, type Connection } from '@/lib/db/client';
import { acquireDirectoryLock } from '@/lib/db/pglite-lock';
import { removeExampleData, seedExampleData } from '@/lib/db/seed/example-data';
import { seedPublicRecord } from '@/lib/db/seed/public-record';
import { env } from '@/lib/env';

const commands: Record<string, (connection: Connection) => Promise<string>> = {
  migrate: async (c) => {
    await c.migrate();
    return `Migrations applied (${c.kind}: ${c.location}).`;
  },
  seed: async (c) => {
    const { seeded } = await seedPublicRecord(c.db);
    return seeded ? 'Public record seeded.' : 'Database already holds the public record; nothing seeded.';
  },
  setup: async (c) => {
    await c.migrate();
    const { seeded } = await seedPublicRecord(c.db);
    return `Database ready (${c.kind}: ${c.location})${seeded ? '; public record seeded' : ''}.`;
  },
  example: async (c) => {
    const { inserted } = await seedExampleData(c.db);
    return `Example dataset loaded: ${inserted} staffing reports, all marked as example data.`;
  },
  'example:remove': async (c) => {
    const { removed } = await removeExampleData(c.db);
    return `Example dataset removed: ${removed} staffing reports.`;
  },
};

async function main(name: string | undefined): Promise<void> {
  if (name === 'reset') {
    if (env.DATABASE_URL) throw new Error('reset only deletes the embedded PGlite directory; it is refused with DATABASE_URL set.');
    // Deleted while holding the lock, so a running server's directory is never deleted under it.
    const directory = path.resolve(env.PGLITE_DIR);
    const release = acquireDirectoryLock(directory);
    try {
      fs.rmSync(directory, { recursive: true, force: true });
    } finally {
      release();
    }
    console.log(`Deleted ${directory}.`);
    return;
  }
  const command = name ? commands[name] : undefined;
  if (!command) {
    throw new Error(`Unknown command "${name ?? ''}". Use one of: ${[...Object.keys(commands), 'reset'].join(', ')}.`);
  }
  const connection = openConnection();
  try {
    console.log(await connection.exclusively(() => command(connection)));
  } finally {
    await connection.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
