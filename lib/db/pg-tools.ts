import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * pg_dump and pg_restore of the database server's own major version: an older pg_dump refuses a newer
 * server, and a newer one writes archives an older pg_restore cannot read.
 */

export type PgTool = 'pg_dump' | 'pg_restore';

/** The major version from `server_version_num` (150018 → 15). */
export function majorOfVersionNum(versionNum: string | number): number {
  const num = Number(versionNum);
  if (!Number.isInteger(num) || num < 100000) throw new Error(`Unexpected server_version_num "${versionNum}".`);
  return Math.floor(num / 10000);
}

/** The major version a tool reports (`pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)` → 15), or null if it does not run. */
function toolMajor(command: string): number | null {
  try {
    const output = execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Where to find `tool` for a server of `major`: PG_BIN when set, then Debian's
 * /usr/lib/postgresql/<major>/bin, then the one on PATH; the first whose version matches.
 * @throws {Error} naming the version needed and what was found
 */
export function findPgTool(tool: PgTool, major: number, { pgBin, versionOf = toolMajor }: { pgBin?: string; versionOf?: (command: string) => number | null } = {}): string {
  const candidates = [
    ...(pgBin ? [path.join(pgBin, tool)] : []),
    `/usr/lib/postgresql/${major}/bin/${tool}`,
    tool,
  ];
  const found: string[] = [];
  for (const candidate of candidates) {
    if (candidate !== tool && !fs.existsSync(candidate)) continue;
    const version = versionOf(candidate);
    if (version === major) return candidate;
    if (version !== null) found.push(`${candidate} is version ${version}`);
  }
  throw new Error(
    `The database server is PostgreSQL ${major}, so ${tool} ${major} is needed` +
      ` (${found.length ? found.join('; ') : `no ${tool} was found`}).` +
      ` Install PostgreSQL ${major}'s client programs (on Debian: postgresql-client-${major}) or set PG_BIN to the directory holding them.`,
  );
}
