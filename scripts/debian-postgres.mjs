/**
 * Debian's PostgreSQL server (the packages' /usr/lib/postgresql/<major>/bin), run from a directory of
 * its own: for the cluster test, the proxy benchmark and the restore drill (whose pg_dump must match the
 * server). PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, as Debian's does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

const ROOT = '/usr/lib/postgresql';

/** The binaries of `major`, or of the newest installed major. */
export function postgresBinaries(major) {
  const installed = fs.existsSync(ROOT) ? fs.readdirSync(ROOT).filter((name) => /^\d+$/.test(name) && fs.existsSync(path.join(ROOT, name, 'bin/postgres'))) : [];
  const chosen = major === undefined ? installed.sort((a, b) => Number(b) - Number(a))[0] : installed.find((name) => Number(name) === major);
  if (!chosen) throw new Error(`No PostgreSQL ${major ?? ''} server in ${ROOT}. On Debian: apt-get install postgresql${major ? `-${major}` : ''} (.ci/run does).`);
  return { major: Number(chosen), bin: path.join(ROOT, chosen, 'bin') };
}

/** The user the server's processes run as: `postgres` when this process is root, else this one. */
export function postgresUser() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Creates a cluster in `dir`/data (owned by the server's user), its sockets in `dir`/sockets, and
 * returns the arguments that start it on `port`. With `password`, the superuser `postgres` needs it.
 */
export function initPostgres({ bin, dir, port, password }) {
  const user = postgresUser();
  const data = path.join(dir, 'data');
  const sockets = path.join(dir, 'sockets');
  fs.mkdirSync(sockets, { recursive: true, mode: 0o777 });
  fs.chmodSync(dir, 0o777);
  fs.chmodSync(sockets, 0o777);
  const auth = ['-A', 'trust'];
  if (password) {
    const pwfile = path.join(dir, 'pw');
    fs.writeFileSync(pwfile, password, { mode: 0o644 });
    auth.splice(0, 2, '--auth=scram-sha-256', `--pwfile=${pwfile}`);
  }
  const initdb = spawnSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', ...auth, '-E', 'UTF8', '--locale=C', '--no-sync'], { ...user, encoding: 'utf8' });
  if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr || initdb.error?.message}`);
  return {
    command: path.join(bin, 'postgres'),
    args: ['-D', data, '-p', String(port), '-k', sockets, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100'],
    user,
    url: `postgres://postgres${password ? `:${encodeURIComponent(password)}` : ''}@127.0.0.1:${port}/postgres`,
  };
}

/** Waits until the server at `url` answers, up to `limitMs` (a hang, not a speed); `check` throws if it ended. */
export async function waitForPostgres(url, check = () => {}, limitMs = 300_000) {
  const started = Date.now();
  for (;;) {
    check();
    const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
    try {
      await client`select 1`;
      return;
    } catch (error) {
      if (Date.now() - started > limitMs) throw new Error(`PostgreSQL did not accept connections within ${limitMs / 1000} s: ${error.message}`);
    } finally {
      await client.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
