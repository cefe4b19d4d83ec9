import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * A PGlite data directory made once and copied for each use: PGlite's initdb takes seconds, a copy of
 * its directory a fraction of one, and opening the copy is opening an existing database, as a server
 * does on every start.
 */

/** Creates an empty, initialised data directory at `dir` (replacing whatever was there). */
export async function createPgliteTemplate(dir: string): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const client = new PGlite(dir);
  await client.waitReady;
  await client.close();
}

/** Copies a closed data directory to `dir` (replacing whatever was there). */
export function copyPgliteDirectory(from: string, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(from, dir, { recursive: true });
}
