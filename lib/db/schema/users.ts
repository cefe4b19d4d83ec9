import { sql } from 'drizzle-orm';
import { boolean, char, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userRole } from './enums';
import { regions } from './regions';

/**
 * Accounts. An editor belongs to exactly one region; an administrator to none.
 * Role, region and the active flag are read from here on every request, never from the session token.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull(),
    regionCode: char('region_code', { length: 2 }).references(() => regions.code),
    active: boolean('active').notNull().default(true),
    passwordHash: text('password_hash'),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /** Raised on sign-out: every session token issued before carries an older number and is refused. */
    sessionVersion: integer('session_version').notNull().default(0),
    /** Raised by every change an administrator makes, so two administrators cannot overwrite each other. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    uniqueIndex('users_oidc_identity_unique').on(t.oidcIssuer, t.oidcSubject),
    index('users_region_idx').on(t.regionCode),
    check('users_email_format', sql`${t.email} ~ '^[^@[:space:]]+@[^@[:space:]]+$'`),
    check('users_editor_has_region', sql`(${t.role} = 'editor') = (${t.regionCode} is not null)`),
    check('users_oidc_pair', sql`(${t.oidcIssuer} is null) = (${t.oidcSubject} is null)`),
    check('users_session_version_non_negative', sql`${t.sessionVersion} >= 0`),
    check('users_version_positive', sql`${t.version} >= 1`),
  ],
);

export type User = typeof users.$inferSelect;
