import { bigserial, char, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from './regions';
import { users } from './users';

/**
 * Append-only audit trail: who did what to which record, with the old and new values.
 * A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE, so history cannot be rewritten.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    regionCode: char('region_code', { length: 2 }).references(() => regions.code),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_at_idx').on(t.at)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
