/**
 * Backups of the configured database (DATABASE_URL, or the embedded one in PGLITE_DIR):
 *   backup  [file]  write a backup to file, or to backups/<time>.dump (PostgreSQL) / .tar.gz (embedded)
 *   restore <file>  replace the database's contents with the backup's
 * The embedded database can be backed up and restored only while no server has it open.
 */
import fs from 'node:fs';
import { backupDatabase, defaultBackupPath, restoreDatabase, type BackupTarget } from '@/lib/db/backup';
import { env } from '@/lib/env';

async function main([command, file]: string[]): Promise<string> {
  const target: BackupTarget = env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, pgBin: env.PG_BIN } : { pgliteDir: env.PGLITE_DIR };
  if (command === 'backup') {
    const destination = file ?? defaultBackupPath(target);
    await backupDatabase(target, destination);
    return `Backup written to ${destination} (${fs.statSync(destination).size} bytes).`;
  }
  if (command === 'restore') {
    if (!file) throw new Error('Name the backup to restore: npm run db:restore -- <file>.');
    await restoreDatabase(target, file);
    return `Restored from ${file}. Restart the servers, so that no cache holds what was there before.`;
  }
  throw new Error(`Unknown command "${command ?? ''}". Use backup [file] or restore <file>.`);
}

main(process.argv.slice(2)).then(
  (message) => console.log(message),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
