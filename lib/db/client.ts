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
  /**
   * Runs `fn` while no other process runs it: instances starting at once on one PostgreSQL each set
   * the database up, and must not migrate or seed it twice. (PGlite's directory lock already is that.)
   */
  exclusively<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Listens on a notification channel: on PostgreSQL over a connection of its own, opened here; on
   * PGlite in-process. Resolves once LISTEN is in effect. `onLost` is called once if that connection
   * ends without stop() (notifications may then have been missed); PGlite's never does.
   */
  listen(channel: string, onNotify: () => void, onLost: () => void): Promise<Listening>;
  close(): Promise<void>;
}

export interface Listening {
  stop(): Promise<void>;
}

/** A connection of its own for LISTEN, kept open for the life of the process (no idle or age limit). */
async function listenOnPostgres(databaseUrl: string, channel: string, onNotify: () => void, onLost: () => void): Promise<Listening> {
  let open = false;
  // onnotify is a postgres.js option its type declarations leave out (sql.listen uses it itself).
  const notifications = {
    onnotify: (name: string) => {
      if (name === channel) onNotify();
    },
  };
  const listener = postgres(databaseUrl, {
    ...notifications,
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    fetch_types: false,
    // Named, so that an operator can tell it from the pool in pg_stat_activity.
    connection: { application_name: 'public-data-listener' },
    onnotice: () => {},
    onclose: () => {
      if (!open) return;
      open = false;
      void listener.end({ timeout: 0 });
      onLost();
    },
  });
  try {
    await listener.unsafe(`LISTEN "${channel.replaceAll('"', '""')}"`);
  } catch (error) {
    await listener.end({ timeout: 0 });
    throw error;
  }
  open = true;
  return {
    stop: async () => {
      open = false;
      await listener.end({ timeout: 0 });
    },
  };
}

/** The advisory lock that serialises set-up steps across processes. */
const SETUP_LOCK = 731_000;

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
      exclusively: async (fn) => {
        // A session lock on a connection of its own, held until that connection ends.
        const holder = postgres(databaseUrl, { max: 1, onnotice: () => {} });
        try {
          await holder`select pg_advisory_lock(${SETUP_LOCK})`;
          return await fn();
        } finally {
          await holder.end();
        }
      },
      listen: (channel, onNotify, onLost) => listenOnPostgres(databaseUrl, channel, onNotify, onLost),
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
    exclusively: (fn) => fn(),
    listen: async (channel, onNotify) => {
      const unsubscribe = await client.listen(channel, () => onNotify());
      return { stop: () => (client.closed ? Promise.resolve() : unsubscribe()) };
    },
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
