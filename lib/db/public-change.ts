import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** The notification channel on which every instance hears that public data changed. */
export const PUBLIC_DATA_CHANNEL = 'public_data_changed';

/**
 * Tells every instance (this one too) that public data changed, so that each drops its cached pages,
 * files and open-data answers. Called inside the writing transaction: PostgreSQL delivers the
 * notification when, and only if, that transaction commits, so no instance hears of a change it
 * cannot yet read, and a write that rolls back announces nothing.
 */
export async function announcePublicChange(db: Pick<Database, 'execute'>): Promise<void> {
  await db.execute(sql`select pg_notify(${PUBLIC_DATA_CHANNEL}, '')`);
}
