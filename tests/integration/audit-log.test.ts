import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { auditLog, publicationItems, publications } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { expectRefusedBy } from '../support/errors';

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
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

  it('the public change log is append-only too: a publication and its items cannot be changed, deleted or truncated', async () => {
    const [publication] = await db.insert(publications).values({}).returning();
    const [item] = await db
      .insert(publicationItems)
      .values({ publicationId: publication!.id, regionCode: '09', entity: 'staffing_report', recordId: 1, change: 'new', details: { specialistsFte: 50 } })
      .returning();
    await expectRefusedBy(db.update(publicationItems).set({ details: { specialistsFte: 60 } }).where(eq(publicationItems.id, item!.id)), /append-only/);
    await expectRefusedBy(db.delete(publicationItems).where(eq(publicationItems.id, item!.id)), /append-only/);
    await expectRefusedBy(db.update(publications).set({ publishedAt: new Date(0) }).where(eq(publications.id, publication!.id)), /append-only/);
    await expectRefusedBy(db.delete(publications).where(eq(publications.id, publication!.id)), /append-only/);
    await expectRefusedBy(db.execute(sql`truncate publication_items`), /append-only/);
    await expectRefusedBy(db.execute(sql`truncate publications cascade`), /append-only/);
  });
});
