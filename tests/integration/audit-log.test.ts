import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { auditLog } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { expectRefusedBy } from '../support/errors';

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase({ seed: false }));
});

describe(`audit log is append-only in the database (${process.env.TEST_DATABASE})`, () => {
  it('keeps an appended entry and refuses to change, delete or truncate it', async () => {
    const [entry] = await db
      .insert(auditLog)
      .values({
        actorLabel: 'admin@socialstyrelsen.se',
        action: 'update',
        entity: 'decision',
        entityId: '7',
        oldValue: { targetFigure: 1500 },
        newValue: { targetFigure: 1100 },
      })
      .returning();
    expect(entry?.at).toBeInstanceOf(Date);

    await expectRefusedBy(db.update(auditLog).set({ action: 'nothing happened' }).where(eq(auditLog.id, entry!.id)), /append-only/);
    await expectRefusedBy(db.delete(auditLog).where(eq(auditLog.id, entry!.id)), /append-only/);
    await expectRefusedBy(db.execute(sql`truncate audit_log`), /append-only/);

    const [still] = await db.select().from(auditLog).where(eq(auditLog.id, entry!.id));
    expect(still?.action).toBe('update');
    expect(still?.newValue).toEqual({ targetFigure: 1100 });
  });
});
