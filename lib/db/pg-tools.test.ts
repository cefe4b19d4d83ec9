import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPgTool, majorOfVersionNum } from './pg-tools';

describe('pg_dump and pg_restore of the server’s major version', () => {
  it('reads the major version from server_version_num', () => {
    expect(majorOfVersionNum('150018')).toBe(15);
    expect(majorOfVersionNum(180001)).toBe(18);
    expect(() => majorOfVersionNum('9.6')).toThrow(/Unexpected/);
  });

  it('takes PG_BIN first, then PATH, only when the version matches', () => {
    // A major no machine has under /usr/lib/postgresql, so only PG_BIN and PATH are asked.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'flk-pgbin-'));
    const own = path.join(bin, 'pg_dump');
    fs.writeFileSync(own, '');
    try {
      expect(findPgTool('pg_dump', 42, { pgBin: bin, versionOf: () => 42 })).toBe(own);
      expect(findPgTool('pg_dump', 42, { pgBin: bin, versionOf: (command) => (command === own ? 41 : 42) })).toBe('pg_dump');
      // PG_BIN naming a directory without the tool is passed over.
      expect(findPgTool('pg_dump', 42, { pgBin: path.join(bin, 'missing'), versionOf: (command) => (command === 'pg_dump' ? 42 : null) })).toBe('pg_dump');
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  it('refuses with the version needed and what it found', () => {
    expect(() => findPgTool('pg_restore', 99, { versionOf: () => 15 })).toThrow(
      /PostgreSQL 99, so pg_restore 99 is needed \(pg_restore is version 15\)\. Install PostgreSQL 99's client programs \(on Debian: postgresql-client-99\) or set PG_BIN/,
    );
    expect(() => findPgTool('pg_dump', 17, { versionOf: () => null })).toThrow(/no pg_dump was found/);
  });
});
