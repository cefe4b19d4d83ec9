import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { announcePublicChange } from '@/lib/db/public-change';
import { decisions, followUpRounds, publicationItems, publications, regions, staffingReports, type Decision, type StaffingReport } from '@/lib/db/schema';
import { residentsPerDoctor, type Measure } from '@/lib/domain/metrics';
import { populationForDate } from '@/lib/domain/population';
import { daysLate, reportingState } from '@/lib/domain/rounds';
import { todayInSweden } from '@/lib/i18n/format';
import { staffingFigures } from '@/lib/entry/staffing-input';
import { publishInputSchema, refOf, reopenInputSchema, reviewInputSchema, type RecordRef, type ReviewEntity } from '@/lib/review/review-input';
import { queueRecordsPublished, queueRecordsReturned, type RegionRecord } from '@/lib/mail/events';
import { adminOnly, adminRead, fail, type Result } from './guard';
import { appendAudit } from './internal/audit';
import { publishedOnly } from './internal/published';
import { tableOf, updateRecord, type WorkflowChange } from './internal/record-tables';
import type { Tx } from './internal/transaction';
import { loadPublishedRecord } from './published-record';

/**
 * Socialstyrelsen's review: what the regions have sent in, approved or returned with a reason, and
 * approved records published. Administrators only (the guard kit checks). Each action takes many records at once, all or nothing, in one transaction with an audit
 * entry per record, and names the version the administrator saw, so a record changed in between is
 * reported rather than acted on blindly. Publishing writes the public change log in the same
 * transaction; refreshing the cached public pages is the caller's step after it commits.
 */

/** Records changed since the administrator saw them, or no longer in a state the action applies to. */
type Stale = { kind: 'stale'; items: string[] };

export type ReviewResult = Result<{ count: number; publicationId?: number }, Stale>;
type Row = Decision | StaffingReport;

/* ---------------------------------------------------------------------------------------------- */
/* The queue                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

export interface ReviewItem {
  entity: ReviewEntity;
  ref: string;
  regionCode: string;
  regionName: { sv: string; en: string };
  status: Row['status'];
  submittedAt: string | null;
  /** Days past its round's last day when it was sent in (staffing reports only); null when on time. */
  daysLate: number | null;
  record: Row;
  /** What the public sees now for the same thing: the published report for the date, or else the region's latest; the latest published decision. */
  published: Row | null;
  /** Residents per doctor from the record and from the published figure it would replace or follow. */
  residentsPerDoctor: { record: Measure; published: Measure } | null;
}

export interface ReviewQueue {
  submitted: ReviewItem[];
  approved: ReviewItem[];
}

/** Everything waiting for review (submitted) or for publication (approved), oldest first. */
export const listForReview = adminRead(async (): Promise<ReviewQueue> => {
  const { db } = getConnection();
  const waiting = ['submitted', 'approved'] as const;
  const [decisionRows, reportRows, publishedDecisions, regionRows, rounds, record] = await Promise.all([
    db.select().from(decisions).where(and(inArray(decisions.status, [...waiting]), eq(decisions.isExample, false))).orderBy(asc(decisions.submittedAt), asc(decisions.id)),
    db.select().from(staffingReports).where(and(inArray(staffingReports.status, [...waiting]), eq(staffingReports.isExample, false))).orderBy(asc(staffingReports.submittedAt), asc(staffingReports.id)),
    db.select().from(decisions).where(publishedOnly(decisions)).orderBy(asc(decisions.decidedOn), asc(decisions.id)),
    db.select().from(regions),
    db.select().from(followUpRounds),
    loadPublishedRecord(),
  ]);
  const regionName = (code: string) => {
    const region = regionRows.find((r) => r.code === code);
    return { sv: region?.nameSv ?? code, en: region?.nameEn ?? code };
  };
  const common = (entity: ReviewEntity, row: Row) => ({
    entity,
    ref: refOf({ entity, id: row.id, version: row.version }),
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode),
    status: row.status,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    record: row,
  });

  const items: ReviewItem[] = [
    ...decisionRows.map(
      (row): ReviewItem => ({
        ...common('decision', row),
        daysLate: null,
        published: publishedDecisions.filter((d) => d.regionCode === row.regionCode).at(-1) ?? null,
        residentsPerDoctor: null,
      }),
    ),
    ...reportRows.map((row): ReviewItem => {
      const own = record.staffing.filter((s) => s.regionCode === row.regionCode);
      const published = own.find((s) => s.referenceDate === row.referenceDate) ?? own.filter((s) => s.referenceDate < row.referenceDate).at(-1) ?? null;
      const population = (day: string) => populationForDate(record.population.filter((p) => p.regionCode === row.regionCode), day)?.residents ?? null;
      const round = rounds.find((r) => r.referenceDate === row.referenceDate);
      const submittedOn = row.submittedAt ? todayInSweden(row.submittedAt) : null;
      return {
        ...common('staffing_report', row),
        daysLate: round ? daysLate(reportingState([{ status: row.status, submittedOn }]), round, todayInSweden()) : null,
        published,
        residentsPerDoctor: {
          record: residentsPerDoctor(population(row.referenceDate), row),
          published: published ? residentsPerDoctor(population(published.referenceDate), published) : { kind: 'missing', reason: 'not_reported' },
        },
      };
    }),
  ];
  const bySubmission = (a: ReviewItem, b: ReviewItem) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '');
  return {
    submitted: items.filter((item) => item.status === 'submitted').sort(bySubmission),
    approved: items.filter((item) => item.status === 'approved').sort(bySubmission),
  };
});

/* ---------------------------------------------------------------------------------------------- */
/* Acting on many records at once                                                                  */
/* ---------------------------------------------------------------------------------------------- */

/**
 * Loads the named records for update; all of them must exist at the version seen and be in one of
 * `from`, or nothing happens and the ones that are not are named.
 */
async function lockedRecords(tx: Tx, refs: RecordRef[], from: readonly Row['status'][]): Promise<{ ref: RecordRef; row: Row }[] | Stale> {
  const found: { ref: RecordRef; row: Row }[] = [];
  const stale: string[] = [];
  for (const ref of refs) {
    const table = tableOf(ref.entity);
    const [row] = await tx.select().from(table).where(eq(table.id, ref.id)).for('update');
    if (!row || row.isExample || row.version !== ref.version || !from.includes(row.status)) stale.push(refOf(ref));
    else found.push({ ref, row });
  }
  return stale.length > 0 ? { kind: 'stale', items: stale } : found;
}

/** Moves a locked record on in its workflow (the lock keeps its version as seen). */
async function setStatus(tx: Tx, ref: RecordRef, change: WorkflowChange): Promise<void> {
  await updateRecord(tx, ref, { ...change, updatedAt: new Date() });
}

/** A record as a message to its region names it: by its decision day or its staffing's reference date. */
const mailRecord = (ref: RecordRef, row: Row): RegionRecord => ({
  regionCode: row.regionCode,
  record: ref.entity === 'decision' ? { kind: 'decision', date: (row as Decision).decidedOn } : { kind: 'staffing', date: (row as StaffingReport).referenceDate },
});

const uniqueRefs = (refs: RecordRef[]) => [...new Map(refs.map((ref) => [`${ref.entity}:${ref.id}`, ref])).values()];

/** Approves submitted records, or returns them to their regions with the reason. */
export const reviewRecords = adminOnly(reviewInputSchema, async (viewer, input): Promise<ReviewResult> => {
  const { decision, comment } = input;
  const refs = uniqueRefs(input.items);
  return getConnection().db.transaction(async (tx): Promise<ReviewResult> => {
    const records = await lockedRecords(tx, refs, ['submitted']);
    if ('kind' in records) return fail(records);
    const status = decision === 'approve' ? 'approved' : 'returned';
    for (const { ref, row } of records) {
      await setStatus(tx, ref, { status, reviewedBy: viewer.id, reviewedAt: new Date(), reviewComment: comment, updatedBy: viewer.id });
      await appendAudit(tx, {
        actor: { id: viewer.id, label: viewer.email },
        action: decision,
        entity: ref.entity,
        entityId: String(ref.id),
        regionCode: row.regionCode,
        oldValue: { status: row.status },
        newValue: { status, comment },
      });
    }
    if (status === 'returned') await queueRecordsReturned(tx, records.map(({ ref, row }) => mailRecord(ref, row)), comment ?? '');
    return { ok: true, count: records.length };
  });
});

/** Opens an approved record again for its region, with the reason (shown to the region and in its history). */
export const reopenRecord = adminOnly(reopenInputSchema, async (viewer, input): Promise<ReviewResult> => {
  const { item, comment } = input;
  return getConnection().db.transaction(async (tx): Promise<ReviewResult> => {
    const records = await lockedRecords(tx, [item], ['approved']);
    if ('kind' in records) return fail(records);
    const [{ row }] = records as [{ ref: RecordRef; row: Row }];
    await setStatus(tx, item, { status: 'returned', reviewedBy: viewer.id, reviewedAt: new Date(), reviewComment: comment, updatedBy: viewer.id });
    await appendAudit(tx, {
      actor: { id: viewer.id, label: viewer.email },
      action: 'reopen',
      entity: item.entity,
      entityId: String(item.id),
      regionCode: row.regionCode,
      oldValue: { status: 'approved' },
      newValue: { status: 'returned', comment },
    });
    await queueRecordsReturned(tx, [mailRecord(item, row)], comment ?? '');
    return { ok: true, count: 1 };
  });
});

/** The values a publication makes public, as the change log keeps them. */
function publicDetails(entity: ReviewEntity, row: Row): Record<string, unknown> {
  if (entity === 'decision') {
    const d = row as Decision;
    return { kind: d.kind, targetFigure: d.targetFigure, targetType: d.targetType, targetYear: d.targetYear, decidedOn: d.decidedOn, decidedOnPrecision: d.decidedOnPrecision, effectiveOn: d.effectiveOn };
  }
  const s = row as StaffingReport;
  return { referenceDate: s.referenceDate, ...staffingFigures(s) };
}

/**
 * Publishes approved records: they become public, a published staffing report for the same date is
 * kept as superseded, and the change log says what was published for which region, all in one
 * transaction.
 */
export const publishApproved = adminOnly(publishInputSchema, async (viewer, input): Promise<ReviewResult> => {
  const refs = uniqueRefs(input.items);
  return getConnection().db.transaction(async (tx): Promise<ReviewResult> => {
    const records = await lockedRecords(tx, refs, ['approved']);
    if ('kind' in records) return fail(records);
    const [publication] = await tx.insert(publications).values({ publishedBy: viewer.id }).returning({ id: publications.id });
    if (!publication) throw new Error('the publication was not recorded');
    const now = new Date();
    for (const { ref, row } of records) {
      let change: 'new' | 'correction' = 'new';
      if (ref.entity === 'staffing_report') {
        const report = row as StaffingReport;
        const replaced = await tx
          .update(staffingReports)
          .set({ status: 'superseded', updatedAt: now })
          .where(and(eq(staffingReports.regionCode, report.regionCode), eq(staffingReports.referenceDate, report.referenceDate), eq(staffingReports.status, 'published')))
          .returning({ id: staffingReports.id });
        if (replaced.length > 0) change = 'correction';
      }
      await setStatus(tx, ref, { status: 'published', publishedAt: now, updatedBy: viewer.id });
      await tx.insert(publicationItems).values({ publicationId: publication.id, regionCode: row.regionCode, entity: ref.entity, recordId: ref.id, change, details: publicDetails(ref.entity, row) });
      await appendAudit(tx, {
        actor: { id: viewer.id, label: viewer.email },
        action: 'publish',
        entity: ref.entity,
        entityId: String(ref.id),
        regionCode: row.regionCode,
        oldValue: { status: 'approved' },
        newValue: { status: 'published', publication: publication.id, change },
      });
    }
    await queueRecordsPublished(tx, records.map(({ ref, row }) => mailRecord(ref, row)));
    await announcePublicChange(tx);
    return { ok: true, count: records.length, publicationId: publication.id };
  });
});
