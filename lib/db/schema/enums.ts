import { pgEnum } from 'drizzle-orm/pg-core';
import { DECISION_KINDS } from '@/lib/domain/decisions';
import { WORKFLOW_STATUSES } from '@/lib/domain/workflow';

/** How well a published fact is supported by its source. */
export const sourceStatus = pgEnum('source_status', ['verified', 'secondary', 'uncertain']);

/**
 * Review workflow shared by everything a region submits. Only `published` is ever public; a published
 * staffing report becomes `superseded` when a correction for the same date is published, so the
 * figures once shown stay on record.
 */
export const workflowStatus = pgEnum('workflow_status', WORKFLOW_STATUSES);

/**
 * What a region's decision on residents per fast läkarkontakt is, as far as its source says.
 * decided_1100: the guideline itself; decided_figure: another figure (often a step toward 1 100);
 * decided_no_figure: a decided reduction without a figure; ambition: a stated ambition without a decided
 * figure; no_decision: a source confirms that no decision existed at that date (a survey answer, not a
 * choice); declined: the region decided not to adopt a target; revoked: an earlier decision was revoked.
 * "Nothing known" is the absence of any row, never a kind.
 */
export const decisionKind = pgEnum('decision_kind', DECISION_KINDS);

/** Whether a decided figure is a step on the way (interim) or the region's goal (final). */
export const targetType = pgEnum('target_type', ['interim', 'final']);

/** How much of a date is known: "2022-06-15", "juni 2022" or "2022". */
export const datePrecision = pgEnum('date_precision', ['day', 'month', 'year']);

export const userRole = pgEnum('user_role', ['admin', 'editor']);
