import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite is single-user Postgres: two processes on one data directory each see only their own
 * writes and one of them is silently lost. This lock makes a second opener fail at once instead.
 * The lock is a file beside the data directory (PGlite's initdb wants the directory itself empty),
 * created atomically with O_EXCL and naming its holder. A lock left by a dead process is taken over.
 */

export interface LockHolder {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
  /** Process start time from /proc, so a recycled pid is not mistaken for the holder. */
  processStart: string | null;
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly directory: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.hostname} (${holder.command}, since ${holder.startedAt})`
      : 'another process (its lock file could not be read)';
    super(
      `The embedded database directory ${directory} is already in use by ${who}. ` +
        'Only one process may open a PGlite directory at a time: stop that process first, ' +
        'or point PGLITE_DIR at another directory.',
    );
    this.name = 'DatabaseLockedError';
  }
}

export function lockPathFor(directory: string): string {
  return `${path.resolve(directory)}.lock`;
}

/** Fields of /proc/<pid>/stat after the command name (which is in parentheses and may contain spaces). */
function procStat(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Field 22 (starttime). */
function processStartTime(pid: number): string | null {
  return procStat(pid)?.[19] ?? null;
}

/**
 * A killed process stays a zombie until its parent reaps it, which in a container without an init
 * process may be never: it holds nothing, so it does not hold the lock.
 */
function isZombie(pid: number): boolean {
  const state = procStat(pid)?.[0];
  return state === 'Z' || state === 'X';
}

function isAlive(holder: LockHolder): boolean {
  if (holder.hostname !== os.hostname()) return true; // cannot check another machine: assume held
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (isZombie(holder.pid)) return false;
  const start = processStartTime(holder.pid);
  return holder.processStart === null || start === null || start === holder.processStart;
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

function describeSelf(): LockHolder {
  return {
    pid: process.pid,
    hostname: os.hostname(),
    command: process.argv.slice(1).map((arg) => path.basename(arg)).join(' ').slice(0, 200),
    startedAt: new Date().toISOString(),
    processStart: processStartTime(process.pid),
  };
}

/** Takes the lock for `directory` or throws DatabaseLockedError. Returns a release function. */
export function acquireDirectoryLock(directory: string): () => void {
  const lockPath = lockPathFor(directory);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const self = describeSelf();

  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(self), { flag: 'wx' });
      return registerRelease(lockPath, self);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockPath);
    const justCreated = holder === null && Date.now() - fs.statSync(lockPath).mtimeMs < 5_000;
    if (justCreated || (holder !== null && isAlive(holder))) {
      throw new DatabaseLockedError(path.resolve(directory), holder);
    }
    // Stale: move it aside atomically so that only one contender removes it, then retry.
    const aside = `${lockPath}.stale-${process.pid}`;
    try {
      fs.renameSync(lockPath, aside);
      fs.rmSync(aside, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new DatabaseLockedError(path.resolve(directory), readHolder(lockPath));
}

function registerRelease(lockPath: string, self: LockHolder): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const holder = readHolder(lockPath);
    if (holder?.pid === self.pid && holder.startedAt === self.startedAt) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  // A signal with no listener ends the process without 'exit'; servers install their own handlers.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (process.listenerCount(signal) === 0) {
      process.once(signal, () => {
        release();
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    }
  }
  return release;
}
