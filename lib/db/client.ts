import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { env } from '@/lib/env';
import { gauge } from '@/lib/ops/metrics.mjs';
import { onShutdown } from '@/lib/ops/shutdown.mjs';
import { acquireDirectoryLock } from './pglite-lock';
import { keepValuesOutOfErrors } from './query-errors';
import * as schema from './schema';

keepValuesOutOfErrors();

/** The one database type the rest of the code sees, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Connection {
  db: Database;
  kind: DatabaseKind;
  /** Where the data lives, for messages: a directory or a host/database (never a password). */
  location: string;
  /** How many connections the pool may open (the embedded database has exactly one). */
  maxConnections: number;
  /** Applies pending migrations from drizzle/. Called only by explicit set-up steps. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'drizzle');

function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/**
 * Opens a new connection: postgres.js when DATABASE_URL is set, otherwise PGlite in PGLITE_DIR
 * (after taking the directory lock, so a second process fails instead of losing data).
 * Every driver-specific line of the project lives in this function.
 */
export function openConnection(options: { databaseUrl?: string; pgliteDir?: string } = {}): Connection {
  const databaseUrl = 'databaseUrl' in options ? options.databaseUrl : env.DATABASE_URL;
  if (databaseUrl) {
    const maxConnections = 10;
    const client = postgres(databaseUrl, { max: maxConnections, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema });
    return {
      db: db as unknown as Database,
      kind: 'postgresql',
      location: describePostgresUrl(databaseUrl),
      maxConnections,
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end(),
    };
  }

  // The data directory is configuration, not a file to bundle: keep it out of output tracing.
  const dataDir = path.resolve(/*turbopackIgnore: true*/ options.pgliteDir ?? env.PGLITE_DIR);
  const release = acquireDirectoryLock(dataDir);
  const client = new PGlite(dataDir);
  const db = drizzlePglite({ client, schema });
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    location: dataDir,
    maxConnections: 1,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

const globalForDb = globalThis as typeof globalThis & { appConnection?: Connection };

/**
 * The process-wide connection used by the data-access layer, opened on first use and kept on
 * globalThis so that module reloading in development never opens the PGlite directory twice.
 * It is closed when the server stops (lib/ops/shutdown.mjs), and its pool size is a metric.
 */
export function getConnection(): Connection {
  if (!globalForDb.appConnection) {
    globalForDb.appConnection = openConnection();
    onShutdown('database', closeConnection);
    gauge('db_pool_connections_max', 'Connections the database pool may open (1 for the embedded database).', () => globalForDb.appConnection?.maxConnections ?? 0);
  }
  return globalForDb.appConnection;
}

/** Closes the process-wide connection (releasing the PGlite lock) so a later getConnection() reopens. */
export async function closeConnection(): Promise<void> {
  const connection = globalForDb.appConnection;
  globalForDb.appConnection = undefined;
  await connection?.close();
}
