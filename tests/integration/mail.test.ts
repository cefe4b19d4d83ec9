import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getConnection, openConnection, type Database } from '@/lib/db/client';
import { followUpRounds, mailOutbox, mailPreferences, staffingReports, users } from '@/lib/db/schema';
import { DEFAULT_DELIVERY, deliverDueMail, retryDelayMs, type DeliveryOptions } from '@/lib/mail/delivery';
import { queueMail } from '@/lib/mail/outbox';
import { queueRoundOpened } from '@/lib/mail/events';
import { queueDeadlineReminders } from '@/lib/mail/reminders';
import { smtpTransport } from '@/lib/mail/smtp';
import { startMailWorker } from '@/lib/mail/worker';
import { preparedDatabase } from '../support/database';
import { eventually, startSmtpServer } from '../support/smtp';

let db: Database;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let transport: ReturnType<typeof smtpTransport>;
const SITE = 'https://uppfoljning.example';
const options: DeliveryOptions = { ...DEFAULT_DELIVERY, siteUrl: SITE, retryBaseMs: 200, retryMaxMs: 400 };

const people = { gotland: '', halland: '', hallandEn: '', skane: '', optedOut: '', inactive: '', admin: '' };
const specs: Record<keyof typeof people, { role: 'admin' | 'editor'; region: string | null; active?: boolean }> = {
  gotland: { role: 'editor', region: '09' },
  halland: { role: 'editor', region: '13' },
  hallandEn: { role: 'editor', region: '13' },
  skane: { role: 'editor', region: '12' },
  optedOut: { role: 'editor', region: '25' },
  inactive: { role: 'editor', region: '25', active: false },
  admin: { role: 'admin', region: null },
};
const address = (key: string) => `${key.toLowerCase()}@mail.example`;

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  for (const [key, spec] of Object.entries(specs)) {
    const [row] = await db
      .insert(users)
      .values({ email: address(key), name: `Namn ${key}`, role: spec.role, regionCode: spec.region, active: spec.active ?? true })
      .returning({ id: users.id });
    people[key as keyof typeof people] = row!.id;
  }
  await db.insert(mailPreferences).values([
    { userId: people.hallandEn, locale: 'en' },
    { userId: people.optedOut, optedOut: true },
  ]);
  smtp = await startSmtpServer();
  transport = smtpTransport(smtp.url, 'Uppföljning fast läkarkontakt <noreply@uppfoljning.example>');
});

afterAll(async () => {
  transport.close();
  await smtp.close();
});

beforeEach(async () => {
  await db.delete(mailOutbox);
  smtp.received.length = 0;
  smtp.refuse(0);
});

const outbox = () => db.select().from(mailOutbox).orderBy(asc(mailOutbox.id));
const round = { id: 0, name: 'Uppföljning hösten 2026', referenceDate: '2026-09-30', opensOn: '2026-10-01', closesOn: '2026-10-31' };

describe(`e-mail through the outbox (${process.env.TEST_DATABASE})`, () => {
  it('a message is kept exactly when its event is: a rolled-back transaction leaves nothing to send', async () => {
    await expect(
      db.transaction(async (tx) => {
        await queueRoundOpened(tx, round);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await outbox()).toEqual([]);
    expect(await deliverDueMail(db, transport, options)).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });

  it('when a round opens, every active editor is told in their own language; the opted-out and administrators are not', async () => {
    await db.transaction((tx) => queueRoundOpened(tx, round));
    // Queued for each active editor (the opted-out one too: the choice is read when sending).
    expect((await outbox()).map((m) => m.userId).sort()).toEqual([people.gotland, people.halland, people.hallandEn, people.skane, people.optedOut].sort());
    expect(await deliverDueMail(db, transport, options)).toEqual({ sent: 4, skipped: 1, failed: 0 });

    expect(smtp.received.map((m) => m.to).sort()).toEqual([address('gotland'), address('halland'), address('hallandEn'), address('skane')].sort());
    const gotland = smtp.received.find((m) => m.to === address('gotland'))!;
    expect(gotland.subject).toBe('Uppföljningsomgången Uppföljning hösten 2026 är öppen');
    expect(gotland.text).toContain('Rapportera för Region Gotland här: https://uppfoljning.example/rapportera');
    expect(gotland.text).toContain('från 2026-10-01 till och med 2026-10-31');
    const english = smtp.received.find((m) => m.to === address('hallandEn'))!;
    expect(english.subject).toBe('The follow-up round Uppföljning hösten 2026 is open');
    expect(english.text).toContain('Report for Region Halland here: https://uppfoljning.example/en/rapportera');
    expect(english.text).toContain('https://uppfoljning.example/en/konto');
    // Nothing personal beyond the address it is sent to: no name.
    expect(smtp.received.map((m) => m.text).join('\n')).not.toMatch(/Namn /);

    const rows = await outbox();
    expect(rows.find((m) => m.userId === people.optedOut)).toMatchObject({ skipped: 'opted_out', sentAt: null });
    expect(rows.filter((m) => m.sentAt !== null)).toHaveLength(4);
    // Sent once: another round finds nothing due.
    expect(await deliverDueMail(db, transport, options)).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(smtp.received).toHaveLength(4);
  });

  it('a failing SMTP server delays a message but never loses it: it is tried again, later each time, and sent once', async () => {
    await db.transaction((tx) =>
      queueMail(tx, [{ userId: people.gotland, kind: 'record_returned', params: { record: { kind: 'staffing', date: '2026-09-30' }, reason: 'ST-läkarna saknas.', regionCode: '09' } }]),
    );
    smtp.refuse(2);
    expect(await deliverDueMail(db, transport, options)).toEqual({ sent: 0, skipped: 0, failed: 1 });
    let [row] = await outbox();
    expect(row).toMatchObject({ attempts: 1, sentAt: null, skipped: null, lastError: '451' });
    // Not due again before its wait is over.
    expect(await deliverDueMail(db, transport, options)).toEqual({ sent: 0, skipped: 0, failed: 0 });

    await eventually(() => deliverDueMail(db, transport, options), (c) => c.failed === 1);
    [row] = await outbox();
    expect(row).toMatchObject({ attempts: 2, sentAt: null, lastError: '451' });

    await eventually(() => deliverDueMail(db, transport, options), (c) => c.sent === 1);
    [row] = await outbox();
    expect(row).toMatchObject({ attempts: 3, lastError: null });
    expect(row!.sentAt).not.toBeNull();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toBe('Bemanningsrapporten den 2026-09-30 har skickats tillbaka');
    expect(smtp.received[0]!.text).toContain('ST-läkarna saknas.');
    expect(smtp.received[0]!.messageId).toBe(`<outbox-${row!.id}@uppfoljning.example>`);
  });

  it('with no SMTP server answering at all, messages wait, and go once it is back', async () => {
    await db.transaction((tx) =>
      queueMail(tx, [{ userId: people.skane, kind: 'record_published', params: { records: [{ kind: 'decision', date: '2026-05-12' }, { kind: 'staffing', date: '2026-09-30' }], regionCode: '12' } }]),
    );
    const nowhere = smtpTransport('smtp://127.0.0.1:1', 'noreply@uppfoljning.example');
    expect(await deliverDueMail(db, nowhere, options)).toEqual({ sent: 0, skipped: 0, failed: 1 });
    nowhere.close();
    expect((await outbox())[0]).toMatchObject({ sentAt: null, lastError: 'ESOCKET' });
    await eventually(() => deliverDueMail(db, transport, options), (c) => c.sent === 1);
    expect(smtp.received[0]!.subject).toBe('2 uppgifter för Region Skåne är publicerade');
    expect(smtp.received[0]!.text).toContain('beslutet den 2026-05-12, bemanningsrapporten den 2026-09-30');
    expect(smtp.received[0]!.text).toContain('https://uppfoljning.example/region/12');
  });

  it('the wait doubles after each failure, up to its maximum', () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelayMs(n, DEFAULT_DELIVERY))).toEqual([60_000, 120_000, 240_000, 480_000, 3_600_000]);
  });

  it('reminders go, once, to the editors of regions that have not sent in, from some days before the last day', async () => {
    const [open] = await db
      .insert(followUpRounds)
      .values({ name: 'Påminnelseprov', referenceDate: '2031-03-31', opensOn: '2031-04-01', closesOn: '2031-04-30' })
      .returning();
    const report = { referenceDate: '2031-03-31', specialistsHeadcount: 10, specialistsFte: 9, traineesHeadcount: 2, traineesFte: 2, source: 'Personalsystemet' };
    await db.insert(staffingReports).values([
      { ...report, regionCode: '09', status: 'submitted' },
      { ...report, regionCode: '13', status: 'draft' },
    ]);
    try {
      expect(await queueDeadlineReminders(db, '2031-04-20', 7)).toBe(0);
      // Halland has a draft and Skåne nothing; Gotland has sent in; Norrbotten's active editor opted out (skipped when sending).
      expect(await queueDeadlineReminders(db, '2031-04-23', 7)).toBe(4);
      expect(await queueDeadlineReminders(db, '2031-04-24', 7)).toBe(0);
      expect(await deliverDueMail(db, transport, options)).toEqual({ sent: 3, skipped: 1, failed: 0 });
      expect(smtp.received.map((m) => m.to).sort()).toEqual([address('halland'), address('hallandEn'), address('skane')].sort());
      expect(smtp.received.find((m) => m.to === address('skane'))!.subject).toBe('Påminnelse: Påminnelseprov stänger 2031-04-30');
      expect(smtp.received.find((m) => m.to === address('hallandEn'))!.subject).toBe('Reminder: Påminnelseprov closes on 2031-04-30');
      // A new last day reminds again.
      await db.update(followUpRounds).set({ closesOn: '2031-05-15' }).where(eq(followUpRounds.id, open!.id));
      expect(await queueDeadlineReminders(db, '2031-05-10', 7)).toBe(4);
      expect(await queueDeadlineReminders(db, '2031-05-16', 7)).toBe(0);
    } finally {
      await db.delete(staffingReports).where(eq(staffingReports.referenceDate, '2031-03-31'));
      await db.delete(followUpRounds).where(eq(followUpRounds.id, open!.id));
    }
  });

  it('the worker hears a committed message at once, without waiting for its poll', async () => {
    const connection = getConnection();
    const worker = startMailWorker(connection, transport, { ...options, pollMs: 3_600_000, reminderDays: 7 });
    try {
      await worker.ready;
      await worker.idle();
      await db.transaction((tx) =>
        queueMail(tx, [{ userId: people.halland, kind: 'round_closing', params: { round: 'Hörd direkt', referenceDate: '2031-03-31', closesOn: '2031-04-30', regionCode: '13' } }]),
      );
      const received = await eventually(() => smtp.received, (r) => r.length === 1);
      expect(received[0]!.subject).toBe('Påminnelse: Hörd direkt stänger 2031-04-30');
    } finally {
      await worker.close();
    }
  });

  it.runIf(process.env.TEST_DATABASE === 'postgresql')('two workers at once never send one message twice', async () => {
    await db.transaction((tx) =>
      queueMail(
        tx,
        Array.from({ length: 30 }, (_, i) => ({
          userId: people.gotland,
          kind: 'round_closing' as const,
          params: { round: `Omgång ${i}`, referenceDate: '2031-03-31', closesOn: '2031-04-30', regionCode: '09' },
        })),
      ),
    );
    const other = openConnection();
    try {
      const batch = { ...options, batchSize: 5 };
      const drain = async (database: Database) => {
        let sent = 0;
        for (;;) {
          const c = await deliverDueMail(database, transport, batch);
          sent += c.sent;
          if (c.sent + c.failed + c.skipped === 0) return sent;
        }
      };
      const [a, b] = await Promise.all([drain(db), drain(other.db)]);
      expect(a + b).toBe(30);
      expect(smtp.received).toHaveLength(30);
      expect(new Set(smtp.received.map((m) => m.subject)).size).toBe(30);
      expect(await db.select({ n: sql<number>`count(*)::int` }).from(mailOutbox).where(sql`${mailOutbox.sentAt} is null`)).toEqual([{ n: 0 }]);
    } finally {
      await other.close();
    }
  });
});
