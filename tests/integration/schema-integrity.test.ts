import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { decisions, population, staffingReports, users, type NewDecision, type NewStaffingReport } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { expectRefusedBy } from '../support/errors';

let db: Database;
beforeAll(async () => {
  ({ db } = await preparedDatabase());
});

const decision = (overrides: Partial<NewDecision>): NewDecision => ({
  regionCode: '13',
  kind: 'decided_1100',
  targetFigure: 1100,
  decidedOn: '2025-03-01',
  sourceStatus: 'verified',
  ...overrides,
});

const report = (overrides: Partial<NewStaffingReport>): NewStaffingReport => ({
  regionCode: '13',
  referenceDate: '2025-06-30',
  specialistsHeadcount: 120,
  specialistsFte: 101.5,
  traineesHeadcount: 40,
  traineesFte: 36,
  source: 'Region Halland, personalregistret',
  ...overrides,
});

describe(`integrity enforced by the database (${process.env.TEST_DATABASE})`, () => {
  it('accepts a well-formed decision and staffing report and reads the FTE back as numbers', async () => {
    const [saved] = await db.insert(staffingReports).values(report({ referenceDate: '2025-01-31' })).returning();
    expect(saved?.specialistsFte).toBe(101.5);
    expect(saved?.status).toBe('draft');
    expect(saved?.version).toBe(1);
    const [savedDecision] = await db.insert(decisions).values(decision({})).returning();
    expect(savedDecision?.status).toBe('draft');
  });

  it('refuses negative headcounts and FTE', async () => {
    await expectRefusedBy(db.insert(staffingReports).values(report({ specialistsHeadcount: -1 })), /staffing_counts_non_negative/);
    await expectRefusedBy(db.insert(staffingReports).values(report({ traineesFte: -0.5 })), /staffing_fte_range/);
  });

  it('refuses FTE beyond any plausible region', async () => {
    await expectRefusedBy(db.insert(staffingReports).values(report({ specialistsFte: 50_000 })), /staffing_fte_range/);
  });

  it('refuses a staffing report for a region that does not exist', async () => {
    await expectRefusedBy(db.insert(staffingReports).values(report({ regionCode: '99' })), /foreign key|staffing_reports_region_code/);
  });

  it('allows one published report per region and date, and one in review beside it, but not two of either', async () => {
    const date = '2025-09-30';
    await db.insert(staffingReports).values(report({ referenceDate: date, status: 'published' }));
    await db.insert(staffingReports).values(report({ referenceDate: date, status: 'draft' }));
    await expectRefusedBy(db.insert(staffingReports).values(report({ referenceDate: date, status: 'published' })), /staffing_one_published/);
    await expectRefusedBy(db.insert(staffingReports).values(report({ referenceDate: date, status: 'submitted' })), /staffing_one_in_review/);
  });

  it('keeps earlier published versions as superseded beside the published one and one in review', async () => {
    const date = '2025-10-31';
    await db.insert(staffingReports).values(report({ referenceDate: date, status: 'superseded' }));
    await db.insert(staffingReports).values(report({ referenceDate: date, status: 'superseded' }));
    await db.insert(staffingReports).values(report({ referenceDate: date, status: 'published' }));
    await db.insert(staffingReports).values(report({ referenceDate: date, status: 'approved' }));
    await expectRefusedBy(db.insert(staffingReports).values(report({ referenceDate: date, status: 'returned', reviewComment: 'Fel datum.' })), /staffing_one_in_review/);
  });

  it('a record returned to its region always says why', async () => {
    await expectRefusedBy(db.insert(staffingReports).values(report({ referenceDate: '2025-11-30', status: 'returned' })), /staffing_return_has_reason/);
    await expectRefusedBy(db.insert(staffingReports).values(report({ referenceDate: '2025-11-30', status: 'returned', reviewComment: '  ' })), /staffing_return_has_reason/);
    await expectRefusedBy(db.insert(decisions).values(decision({ status: 'returned' })), /decisions_return_has_reason/);
    await db.insert(decisions).values(decision({ status: 'returned', reviewComment: 'Ange diarienumret.' }));
  });

  it('ties the figure to the kind of decision', async () => {
    await expectRefusedBy(db.insert(decisions).values(decision({ targetFigure: 1500 })), /decisions_figure_matches_kind/);
    await expectRefusedBy(db.insert(decisions).values(decision({ kind: 'decided_figure', targetFigure: null })), /decisions_figure_matches_kind/);
    // No decision, declined and revoked say there is no target: none of them carries a figure.
    for (const kind of ['no_decision', 'declined', 'revoked'] as const) {
      await expectRefusedBy(db.insert(decisions).values(decision({ kind, targetFigure: 1100 })), /decisions_figure_matches_kind/);
    }
    await expectRefusedBy(
      db.insert(decisions).values(decision({ kind: 'decided_no_figure', targetFigure: 1250 })),
      /decisions_figure_matches_kind/,
    );
  });

  it('refuses implausible target figures', async () => {
    await expectRefusedBy(db.insert(decisions).values(decision({ kind: 'decided_figure', targetFigure: 11 })), /decisions_figure_range/);
  });

  it('stores a partial date only as the first day of its month or year', async () => {
    await expectRefusedBy(
      db.insert(decisions).values(decision({ decidedOn: '2022-06-15', decidedOnPrecision: 'month' })),
      /decisions_partial_date_normalised/,
    );
    await expectRefusedBy(
      db.insert(decisions).values(decision({ decidedOn: '2023-06-01', decidedOnPrecision: 'year' })),
      /decisions_partial_date_normalised/,
    );
    const [ok] = await db
      .insert(decisions)
      .values(decision({ decidedOn: '2022-06-01', decidedOnPrecision: 'month' }))
      .returning();
    expect(ok?.decidedOn).toBe('2022-06-01');
  });

  it('refuses an effective date before the decision date', async () => {
    await expectRefusedBy(
      db.insert(decisions).values(decision({ decidedOn: '2025-03-01', effectiveOn: '2025-01-01' })),
      /decisions_effective_after_decided/,
    );
  });

  it('refuses a second population figure for the same region and year', async () => {
    await expectRefusedBy(
      db.insert(population).values({ regionCode: '09', year: 2023, residents: 61_030, source: 'SCB', sourceStatus: 'verified' }),
      /population_region_code_year_pk|duplicate key/,
    );
  });

  it('requires an editor to belong to exactly one region and an administrator to none', async () => {
    await expectRefusedBy(db.insert(users).values({ email: 'e@region.se', name: 'E', role: 'editor' }), /users_editor_has_region/);
    await expectRefusedBy(
      db.insert(users).values({ email: 'a@sos.se', name: 'A', role: 'admin', regionCode: '01' }),
      /users_editor_has_region/,
    );
    const [editor] = await db
      .insert(users)
      .values({ email: 'Editor@Region-Halland.se', name: 'Editor', role: 'editor', regionCode: '13' })
      .returning();
    expect(editor?.active).toBe(true);
    await expectRefusedBy(
      db.insert(users).values({ email: 'editor@region-halland.se', name: 'Twin', role: 'editor', regionCode: '13' }),
      /users_email_unique|duplicate key/,
    );
    await db.delete(users).where(eq(users.email, 'Editor@Region-Halland.se'));
  });
});
