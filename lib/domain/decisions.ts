import { certainlyOnOrBefore, latestPossibleDay, type PartialDate } from './partial-date';

export const DECISION_KINDS = ['decided_1100', 'decided_figure', 'decided_no_figure', 'ambition', 'none'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface DecisionEvent {
  id: number;
  kind: DecisionKind;
  targetFigure: number | null;
  decidedOn: PartialDate;
}

/**
 * The decision in force on `isoDay`: the latest decision that certainly existed by then, never a
 * later one. A decision of kind `none` (revoked, or no decision) in force means "no target", so it is
 * returned as it is for the caller to show. Returns null when nothing is known by that day.
 */
export function decisionInForce<D extends DecisionEvent>(decisions: readonly D[], isoDay: string): D | null {
  let current: D | null = null;
  let currentDay = '';
  for (const decision of decisions) {
    if (!certainlyOnOrBefore(decision.decidedOn, isoDay)) continue;
    const day = latestPossibleDay(decision.decidedOn);
    // Later day wins; on the same day the later-recorded decision (higher id) wins.
    if (current === null || day > currentDay || (day === currentDay && decision.id > current.id)) {
      current = decision;
      currentDay = day;
    }
  }
  return current;
}

/** The region's own decided figure, if the decision has one (an ambition's figure is not decided). */
export function ownTarget(decision: DecisionEvent | null): number | null {
  if (decision?.kind === 'decided_1100' || decision?.kind === 'decided_figure') return decision.targetFigure;
  return null;
}
