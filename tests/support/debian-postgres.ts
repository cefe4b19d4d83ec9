import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

/**
 * A throwaway server of the machine's own PostgreSQL (Debian's packages under /usr/lib/postgresql/<major>),
 * whose pg_dump and pg_restore match it; the embedded PostgreSQL of the other tests has no such tools.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */

const PASSWORD = 'drill-secret';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startDebianPostgres(major: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const bin = `/usr/lib/postgresql/${major}/bin`;
  if (!fs.existsSync(path.join(bin, 'initdb'))) {
    throw new Error(`This test needs PostgreSQL ${major} from Debian's packages (${bin}/initdb): apt-get install postgresql-${major}.`);
  }
  // Started directly as that user (not through runuser), so that a signal reaches PostgreSQL itself.
  const user: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) } : {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flk-pg-'));
  const pwfile = path.join(dir, 'pw');
  fs.writeFileSync(pwfile, PASSWORD);
  if (user.uid !== undefined && user.gid !== undefined) for (const owned of [dir, pwfile]) fs.chownSync(owned, user.uid, user.gid);
  const data = path.join(dir, 'data');
  execFileSync(`${bin}/initdb`, ['-D', data, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--no-sync'], { stdio: 'ignore', ...user });

  const port = await freePort();
  const server: ChildProcess = spawn(`${bin}/postgres`, ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'], { stdio: 'ignore', ...user });
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
    try {
      await sql`select 1`;
      break;
    } catch (error) {
      if (attempt > 120 || server.exitCode !== null) throw new Error(`PostgreSQL ${major} did not start: ${(error as Error).message}`);
      await new Promise((wait) => setTimeout(wait, 500));
    } finally {
      await sql.end();
    }
  }
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
