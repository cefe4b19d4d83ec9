import { beforeAll, describe, expect, it } from 'vitest';
import { getAdminOverview } from '@/lib/data/admin-overview';
import { saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import type { Database } from '@/lib/db/client';
import { followUpRounds } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople, REFUSED_AS_ADMIN } from '../support/people';

let db: Database;
const people = { admin: '', editor: '', deactivated: '' };

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(db, 'overview.example', { admin: { role: 'admin', region: null }, editor: { role: 'editor', region: '09' }, deactivated: { role: 'admin', region: null, active: false } }, people);
  await db.insert(followUpRounds).values([
    { name: 'Sen omgång', referenceDate: '2025-06-30', opensOn: '2025-07-01', closesOn: '2025-08-31' },
    { name: 'Framtida omgång', referenceDate: '2098-06-30', opensOn: '2098-07-01', closesOn: '2098-08-31' },
  ]);
});

const as = actingAs(people);

describe(`the administration's home (${process.env.TEST_DATABASE})`, () => {
  it('is for active administrators only', async () => {
    for (const [who, kind] of REFUSED_AS_ADMIN) expect(await as(who, () => getAdminOverview())).toEqual({ kind });
  });

  it('counts what waits for review, and names the regions late in rounds that have opened', async () => {
    const before = await as('admin', () => getAdminOverview());
    if ('kind' in before) throw new Error('refused');
    expect(before).toMatchObject({ toReview: 0, toPublish: 0, lastPublication: null, lastImport: null, mail: { waiting: 0, failing: 0 } });
    expect(before.rounds.map((r) => r.round.name)).toEqual(['Sen omgång']);
    expect(before.rounds[0]!.waiting).toHaveLength(21);
    expect(before.rounds[0]!.waiting.every((w) => w.state === 'not_started' && w.daysLate !== null && w.daysLate > 0)).toBe(true);

    const saved = await as('editor', () => saveStaffingReport({ referenceDate: '2025-06-30', specialistsHeadcount: '40', specialistsFte: '38', traineesHeadcount: '10', traineesFte: '9', source: 'Personalsystemet' }));
    if (!saved.ok) throw new Error('refused');
    expect((await as('editor', () => submitStaffingReport({ id: saved.id, version: saved.version }))).ok).toBe(true);

    const after = await as('admin', () => getAdminOverview());
    if ('kind' in after) throw new Error('refused');
    expect(after.toReview).toBe(1);
    expect(after.rounds[0]!.waiting.map((w) => w.code)).not.toContain('09');
    expect(after.rounds[0]!.waiting).toHaveLength(20);
  });
});
