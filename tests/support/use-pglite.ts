import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { copyPgliteDirectory } from './pglite-template';

// A fresh embedded PGlite directory per test file, exactly as the app uses one without DATABASE_URL:
// a copy of the run's freshly initialised one (pglite-global.ts), which spares each file PGlite's initdb.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flk-pglite-'));
delete process.env.DATABASE_URL;
process.env.PGLITE_DIR = path.join(dir, 'db');
copyPgliteDirectory(inject('pgliteTemplate'), process.env.PGLITE_DIR);

afterAll(async () => {
  const { closeConnection } = await import('@/lib/db/client');
  await closeConnection();
  fs.rmSync(dir, { recursive: true, force: true });
});
