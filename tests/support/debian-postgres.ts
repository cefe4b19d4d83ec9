import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { initPostgres, postgresBinaries, waitForPostgres } from '../../scripts/debian-postgres.mjs';

/**
 * A throwaway server of the machine's own PostgreSQL `major` (scripts/debian-postgres.mjs), whose
 * pg_dump and pg_restore match it; the embedded PostgreSQL of the other tests has no such tools.
 */

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startDebianPostgres(major: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flk-pg-'));
  const { command, args, user, url } = initPostgres({ bin: postgresBinaries(major).bin, dir, port: await freePort(), password: 'drill-secret' });
  // Started directly as that user (not through runuser), so that a signal reaches PostgreSQL itself.
  const server = spawn(command, args, { stdio: 'ignore', ...user });
  await waitForPostgres(url, () => {
    if (server.exitCode !== null) throw new Error(`PostgreSQL ${major} ended while starting (${server.exitCode}).`);
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      // SIGINT is PostgreSQL's fast shutdown.
      server.kill('SIGINT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
