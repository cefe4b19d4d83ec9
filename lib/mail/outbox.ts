import { sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { mailOutbox, type MailKind } from '@/lib/db/schema';
import type { MailParams } from './texts';

/** The channel on which the sending worker hears that a message is waiting. */
export const MAIL_CHANNEL = 'mail_outbox';

export type QueuedMail = {
  [K in MailKind]: { userId: string; kind: K; params: MailParams[K]; dedupeKey?: string };
}[MailKind];

type Writer = Pick<Database, 'insert' | 'execute'>;

/**
 * Writes messages to the outbox. Call it inside the transaction of the event the messages tell of:
 * they are then kept exactly when the event is, and the worker is woken only if it commits. A message
 * whose dedupe key was already written is left out.
 */
export async function queueMail(tx: Writer, messages: readonly QueuedMail[]): Promise<number> {
  if (messages.length === 0) return 0;
  const written = await tx
    .insert(mailOutbox)
    .values(messages.map((m) => ({ userId: m.userId, kind: m.kind, params: m.params, dedupeKey: m.dedupeKey ?? null })))
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  if (written.length > 0) await tx.execute(sql`select pg_notify(${MAIL_CHANNEL}, '')`);
  return written.length;
}
