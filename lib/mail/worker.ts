import type { Connection, Listening } from '@/lib/db/client';
import { todayInSweden } from '@/lib/i18n/format';
import { deliverDueMail, type DeliveryOptions, type MailTransport } from './delivery';
import { MAIL_CHANNEL } from './outbox';
import { queueDeadlineReminders, queueRoundOpenings } from './reminders';

export interface MailWorkerOptions extends DeliveryOptions {
  /** How often the worker looks for messages whose wait is over and for deadlines near, besides being woken. */
  pollMs: number;
  /** Days before a round's last day from which regions that have not sent in are reminded. */
  reminderDays: number;
}

export interface MailWorker {
  /** The first round (reminders and delivery) and listening have begun. */
  ready: Promise<void>;
  /** Resolves when no round is running and none is asked for. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Sends the outbox: at start, whenever a committed write announces a message (LISTEN), and every
 * pollMs for retries, rounds opening and deadline reminders. Delivery rounds never overlap within a process; across processes the
 * outbox's claims keep two workers off one message. A lost listening connection is only a slower
 * worker (the poll still runs), and it listens again at the next poll.
 */
export function startMailWorker(connection: Connection, transport: MailTransport, options: MailWorkerOptions): MailWorker {
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let listening: Listening | null = null;

  const round = async () => {
    do {
      again = false;
      try {
        const today = todayInSweden();
        await queueRoundOpenings(connection.db, today);
        await queueDeadlineReminders(connection.db, today, options.reminderDays);
        // Deliver until nothing due is left, so a burst is not spread over polls.
        while (!closed) {
          const counts = await deliverDueMail(connection.db, transport, options);
          if (counts.sent + counts.skipped + counts.failed < options.batchSize) break;
        }
      } catch (error) {
        console.error(`[mail] a delivery round failed: ${(error as { code?: string }).code ?? (error as Error).name}`);
      }
    } while (again && !closed);
  };

  const wake = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = round().finally(() => {
      running = null;
    });
  };

  const listen = async () => {
    if (listening || closed) return;
    try {
      listening = await connection.listen(MAIL_CHANNEL, wake, () => {
        listening = null;
      });
      if (closed) await listening.stop();
    } catch {
      listening = null;
    }
  };

  const timer = setInterval(() => {
    void listen();
    wake();
  }, options.pollMs).unref();

  const ready = listen().then(() => wake());
  return {
    ready,
    idle: async () => {
      while (running) await running;
    },
    close: async () => {
      closed = true;
      clearInterval(timer);
      await running;
      await listening?.stop();
    },
  };
}
