import { getConnection, type Connection } from '@/lib/db/client';
import { seedPublicRecord } from '@/lib/db/seed/public-record';

/** The app's own connection (from the environment the setup file chose), migrated and seeded. */
export async function preparedDatabase({ seed = true } = {}): Promise<Connection> {
  const connection = getConnection();
  await connection.migrate();
  if (seed) await seedPublicRecord(connection.db);
  return connection;
}
