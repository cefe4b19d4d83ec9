/** Where a region's record is on its way from draft to published (the same for decisions and staffing reports). */
export const WORKFLOW_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'published', 'superseded'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/** Statuses in which the region may still change (and submit) its record. */
export const EDITABLE: readonly WorkflowStatus[] = ['draft', 'returned'];
/** Only a draft never sent may be deleted. */
export const DELETABLE: readonly WorkflowStatus[] = ['draft'];

/** What the region may still do with a record in this status (the rule the data-access layer's writes apply). */
export function regionMayChange(status: WorkflowStatus): { edit: boolean; submit: boolean; delete: boolean } {
  const editable = EDITABLE.includes(status);
  return { edit: editable, submit: editable, delete: DELETABLE.includes(status) };
}
