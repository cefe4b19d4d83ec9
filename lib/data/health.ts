import 'server-only';
import { sql } from 'drizzle-orm';
import { getConnection, type DatabaseKind } from '@/lib/db/client';
import { publicRead } from './guard';

/** Readiness: the database answers a query. Reveals only which kind of database is in use. */
export const checkReadiness = publicRead(async (): Promise<{ ready: boolean; database: DatabaseKind }> => {
  const connection = getConnection();
  try {
    await connection.db.execute(sql`select 1`);
    return { ready: true, database: connection.kind };
  } catch {
    return { ready: false, database: connection.kind };
  }
});
