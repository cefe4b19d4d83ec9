import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { mailOutbox, mailPreferences, users } from '@/lib/db/schema';
import { writeMail, type MailLocale, type MailParams } from './texts';

/** One message as the SMTP server gets it; the id lets a receiver recognise a message sent twice. */
interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

export interface DeliveryOptions {
  siteUrl: string;
  /** The wait after a first failure; it doubles with each further one, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long a claimed message is held by the worker sending it before another may try. */
  leaseMs: number;
  batchSize: number;
}

export const DEFAULT_DELIVERY: Omit<DeliveryOptions, 'siteUrl'> = { retryBaseMs: 60_000, retryMaxMs: 3_600_000, leaseMs: 300_000, batchSize: 20 };

export interface DeliveryCounts {
  sent: number;
  skipped: number;
  failed: number;
}

/** The wait before attempt `attempts + 1`: base, twice base, four times … never more than the maximum. */
export function retryDelayMs(attempts: number, options: Pick<DeliveryOptions, 'retryBaseMs' | 'retryMaxMs'>): number {
  return Math.min(options.retryBaseMs * 2 ** Math.max(0, attempts - 1), options.retryMaxMs);
}

/** What a failure is called in the outbox: the SMTP reply code or the error's code, never its text (it may quote an address). */
function failureCode(error: unknown): string {
  const e = error as { responseCode?: number; code?: string };
  return String(e.responseCode ?? e.code ?? 'error').slice(0, 40);
}

const interval = (ms: number) => sql`now() + make_interval(secs => ${ms / 1000})`;

/**
 * Claims the messages that are due (skipping those another worker holds), and sends each: a message
 * is marked sent only after the SMTP server accepted it, and one that fails waits longer each time and
 * is tried again, however often it fails. A message to someone who opted out or is no longer active
 * is marked skipped. Two workers never send the same message at once; a worker that dies holding
 * messages lets them go when its lease ends (then a message may be sent twice, with the same id).
 */
export async function deliverDueMail(db: Database, transport: MailTransport, options: DeliveryOptions): Promise<DeliveryCounts> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.skipped), lte(mailOutbox.nextAttemptAt, sql`now()`), or(isNull(mailOutbox.claimedUntil), lt(mailOutbox.claimedUntil, sql`now()`))))
    .orderBy(asc(mailOutbox.id))
    .limit(options.batchSize)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(mailOutbox)
    .set({ claimedUntil: interval(options.leaseMs), attempts: sql`${mailOutbox.attempts} + 1` })
    .where(inArray(mailOutbox.id, due))
    .returning();
  const counts: DeliveryCounts = { sent: 0, skipped: 0, failed: 0 };
  if (claimed.length === 0) return counts;

  const readers = await db
    .select({ id: users.id, email: users.email, active: users.active, locale: mailPreferences.locale, optedOut: mailPreferences.optedOut })
    .from(users)
    .leftJoin(mailPreferences, eq(mailPreferences.userId, users.id))
    .where(inArray(users.id, [...new Set(claimed.map((m) => m.userId))]));
  const readerById = new Map(readers.map((r) => [r.id, r]));
  const siteHost = new URL(options.siteUrl).hostname;

  for (const message of claimed.sort((a, b) => a.id - b.id)) {
    const reader = readerById.get(message.userId);
    const skipped = !reader?.active ? 'inactive' : reader.optedOut ? 'opted_out' : null;
    if (skipped || !reader) {
      await db.update(mailOutbox).set({ skipped: skipped ?? 'inactive', claimedUntil: null }).where(eq(mailOutbox.id, message.id));
      counts.skipped += 1;
      continue;
    }
    try {
      const locale: MailLocale = reader.locale === 'en' ? 'en' : 'sv';
      const written = writeMail(message.kind, message.params as MailParams[typeof message.kind], locale, options.siteUrl);
      await transport.send({ to: reader.email, ...written, messageId: `<outbox-${message.id}@${siteHost}>` });
      await db.update(mailOutbox).set({ sentAt: sql`now()`, claimedUntil: null, lastError: null }).where(eq(mailOutbox.id, message.id));
      counts.sent += 1;
    } catch (error) {
      await db
        .update(mailOutbox)
        .set({ nextAttemptAt: interval(retryDelayMs(message.attempts, options)), claimedUntil: null, lastError: failureCode(error) })
        .where(eq(mailOutbox.id, message.id));
      counts.failed += 1;
    }
  }
  return counts;
}
