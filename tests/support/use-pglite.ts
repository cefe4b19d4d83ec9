import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// A fresh embedded PGlite directory per test file, exactly as the app uses one without DATABASE_URL.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flk-pglite-'));
delete process.env.DATABASE_URL;
process.env.PGLITE_DIR = path.join(dir, 'db');

afterAll(async () => {
  const { closeConnection } = await import('@/lib/db/client');
  await closeConnection();
  fs.rmSync(dir, { recursive: true, force: true });
});
