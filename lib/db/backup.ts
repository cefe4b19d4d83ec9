import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { childEnvironment } from '@/lib/env';
import { acquireDirectoryLock } from './pglite-lock';
import { findPgTool, majorOfVersionNum, type PgTool } from './pg-tools';

/**
 * Backups of either database. PostgreSQL: pg_dump's custom format, restored by pg_restore into the same
 * database in one transaction. The embedded database: PGlite's own dump of its data directory (a
 * .tar.gz), restored by loading it into a fresh directory; both take the directory's lock, so they
 * refuse while a server has it open.
 */

export type BackupTarget = { databaseUrl: string; pgBin?: string } | { pgliteDir: string };

const backupExtension = (target: BackupTarget) => ('databaseUrl' in target ? 'dump' : 'tar.gz');

/** backups/<UTC time>.<ext>, a name that sorts by time and has no colon. */
export function defaultBackupPath(target: BackupTarget, now = new Date()): string {
  return path.join('backups', `${now.toISOString().replace(/[:.]/g, '-')}.${backupExtension(target)}`);
}

export async function backupDatabase(target: BackupTarget, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if ('databaseUrl' in target) await runPgTool(target, 'pg_dump', ['--format=custom', '--no-password', `--file=${file}`]);
  else await dumpPglite(target.pgliteDir, file);
}

export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No backup at ${file}.`);
  if ('databaseUrl' in target) {
    // What the archive holds replaces what the database holds, or nothing changes.
    await runPgTool(target, 'pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', '--no-password', file]);
  } else await loadPglite(target.pgliteDir, file);
}

async function serverMajor(databaseUrl: string): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version_num: string }[]>`show server_version_num`;
    return majorOfVersionNum(row?.server_version_num ?? '');
  } finally {
    await sql.end();
  }
}

/** Runs a PostgreSQL tool on the database; the password goes by environment, never on the command line others can read. */
async function runPgTool(target: { databaseUrl: string; pgBin?: string }, tool: PgTool, args: string[]): Promise<void> {
  const command = findPgTool(tool, await serverMajor(target.databaseUrl), { pgBin: target.pgBin });
  const url = new URL(target.databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const child = spawn(command, [...args, `--dbname=${url.toString()}`], {
    env: childEnvironment(password ? { PGPASSWORD: password } : {}),
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve));
  if (code !== 0) throw new Error(`${tool} failed (exit ${code}):\n${errors.trim()}`);
}

async function dumpPglite(dataDir: string, file: string): Promise<void> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`No embedded database in ${path.resolve(dataDir)} to back up.`);
  const release = acquireDirectoryLock(dataDir);
  try {
    const client = new PGlite(dataDir);
    try {
      // Asked before the database has started, PGlite's dump never settles.
      await client.waitReady;
      const dump = await client.dumpDataDir('gzip');
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/**
 * Loads the dump into a directory beside the data directory, checks that it opens, and only then puts
 * it in the data directory's place: a damaged backup leaves the database as it was.
 */
async function loadPglite(dataDir: string, file: string): Promise<void> {
  const target = path.resolve(dataDir);
  const release = acquireDirectoryLock(target);
  const incoming = `${target}.restoring`;
  try {
    fs.rmSync(incoming, { recursive: true, force: true });
    const client = new PGlite(incoming, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      await client.query('select 1');
    } finally {
      await client.close();
    }
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(incoming, target);
  } finally {
    fs.rmSync(incoming, { recursive: true, force: true });
    release();
  }
}
