import { sql } from 'drizzle-orm';
import { check, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * One row per sign-in. The session cookie names its row; the server decides from here whether it is
 * still valid (absolute lifetime from signed_in_at, idle time from last_seen_at, ended on sign-out),
 * so a copy of the cookie can neither extend a session nor outlive its end.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    signedInAt: timestamp('signed_in_at', { withTimezone: true }).notNull(),
    /** The last request seen with this session, written at most about once a minute. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    check('sessions_seen_after_sign_in', sql`${t.lastSeenAt} >= ${t.signedInAt}`),
  ],
);

export type Session = typeof sessions.$inferSelect;
