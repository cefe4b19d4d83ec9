import 'server-only';
import type { Database } from '@/lib/db/client';
import { auditLog } from '@/lib/db/schema';

export interface AuditEvent {
  actor: { id: string; label: string } | { id: null; label: string };
  action: string;
  entity: string;
  entityId?: string | null;
  regionCode?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Appends one entry to the audit trail (which the database keeps append-only). */
export async function appendAudit(db: Pick<Database, 'insert'>, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values({
    actorId: event.actor.id,
    actorLabel: event.actor.label,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    regionCode: event.regionCode ?? null,
    oldValue: event.oldValue ?? null,
    newValue: event.newValue ?? null,
  });
}
