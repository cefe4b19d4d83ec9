import { sql } from 'drizzle-orm';
import { bigint, boolean, char, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** What a message is about; each kind has its own text in messages/<locale>/mail.json. */
export const MAIL_KINDS = ['round_opened', 'round_closing', 'record_returned', 'record_published'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * Messages to send, written in the same transaction as the event they tell of, so that an event that
 * commits is never left untold and one that rolls back is never told. A worker sends them (lib/mail/).
 * A row names the account, not its address: the address, language and opt-out are read when it is sent.
 * The parameters hold only what the text needs (a round's name and dates, a record's date, a reason).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MAIL_KINDS }).notNull(),
    params: jsonb('params').notNull(),
    /** One message per key at most: a reminder is written once, however often the schedule looks. */
    dedupeKey: text('dedupe_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Not before this time: later after each failed attempt. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    /** A worker sending it holds it until then; a worker that died lets it go again when it passes. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Not sent, and never will be: the person opted out or the account is no longer active. */
    skipped: text('skipped', { enum: ['opted_out', 'inactive'] }),
    /** The SMTP server's reply code or the connection's error code of the last failed attempt. */
    lastError: text('last_error'),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.sentAt} is null and ${t.skipped} is null`),
    check('mail_outbox_kind', sql`${t.kind} in ('round_opened', 'round_closing', 'record_returned', 'record_published')`),
    check('mail_outbox_attempts_non_negative', sql`${t.attempts} >= 0`),
    check('mail_outbox_done_once', sql`not (${t.sentAt} is not null and ${t.skipped} is not null)`),
  ],
);

/** Each person's choices about e-mail; no row means Swedish and every message. */
export const mailPreferences = pgTable(
  'mail_preferences',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    locale: char('locale', { length: 2 }).notNull().default('sv'),
    optedOut: boolean('opted_out').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('mail_preferences_locale', sql`${t.locale} in ('sv', 'en')`)],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
