import { certainlyOnOrBefore, latestPossibleDay, type PartialDate } from './partial-date';

import { GUIDELINE_RESIDENTS_PER_SPECIALIST } from './metrics';

/**
 * What a decision is, as far as its source says. "No decision" (a source confirms none existed at
 * that date) is not "declined" (decided not to adopt) and neither is "revoked"; "nothing known" is no
 * decision row at all.
 */
export const DECISION_KINDS = [
  'decided_1100',
  'decided_figure',
  'decided_no_figure',
  'ambition',
  'no_decision',
  'declined',
  'revoked',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Kinds that carry no figure of their own (the database refuses one). */
export const KINDS_WITHOUT_FIGURE: readonly DecisionKind[] = ['decided_no_figure', 'no_decision', 'declined', 'revoked'];

export interface DecisionEvent {
  id: number;
  kind: DecisionKind;
  targetFigure: number | null;
  decidedOn: PartialDate;
}

/**
 * The decision in force on `isoDay`: the latest decision that certainly existed by then, never a
 * later one. A decision without a target in force (no decision, declined, revoked) is returned as it
 * is for the caller to show. Returns null when nothing is known by that day.
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

/**
 * One region's decisions in the order they took force (last possible day, then recording order), those
 * in force by `until`, each with its day and whether it is the one in force at the end of that day
 * (on one day the later-recorded decision is, as in decisionInForce).
 */
export function decisionsInOrder<D extends DecisionEvent>(decisions: readonly D[], until: string): { decision: D; day: string; inForce: boolean }[] {
  const ordered = decisions
    .map((decision) => ({ decision, day: latestPossibleDay(decision.decidedOn) }))
    .filter(({ day }) => day <= until)
    .sort((a, b) => (a.day === b.day ? a.decision.id - b.decision.id : a.day < b.day ? -1 : 1));
  return ordered.map((entry, i) => ({ ...entry, inForce: ordered[i + 1]?.day !== entry.day }));
}

/** The region's own decided figure, if the decision has one (an ambition's figure is not decided). */
export function ownTarget(decision: DecisionEvent | null): number | null {
  if (decision?.kind === 'decided_1100' || decision?.kind === 'decided_figure') return decision.targetFigure;
  return null;
}

/**
 * How a decision in force is shown (map class, legend, table, API): a decided figure by how it stands
 * to the guideline (stricter, equal, looser), every other kind as itself, and "unknown" when nothing is
 * known by the day. In legend order.
 */
export const DECISION_STATES = [
  'figure_stricter',
  'figure_1100',
  'figure_looser',
  'reduction_no_figure',
  'ambition',
  'no_decision',
  'declined',
  'revoked',
  'unknown',
] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

export function decisionState(decision: Pick<DecisionEvent, 'kind' | 'targetFigure'> | null): DecisionState {
  if (!decision) return 'unknown';
  switch (decision.kind) {
    case 'decided_1100':
      return 'figure_1100';
    case 'decided_figure': {
      const figure = decision.targetFigure ?? GUIDELINE_RESIDENTS_PER_SPECIALIST;
      if (figure < GUIDELINE_RESIDENTS_PER_SPECIALIST) return 'figure_stricter';
      return figure === GUIDELINE_RESIDENTS_PER_SPECIALIST ? 'figure_1100' : 'figure_looser';
    }
    case 'decided_no_figure':
      return 'reduction_no_figure';
    default:
      return decision.kind;
  }
}

/** The last day of each month from `from` to `to`, then `to` itself: the days a timeline is drawn at. */
export function monthEnds(from: string, to: string): string[] {
  const days: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (last >= to) break;
    if (last >= from) days.push(last);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  days.push(to);
  return days;
}

/** How many regions are in each decision state on each day (every region counted once per day). */
export function decisionStateCounts<D extends DecisionEvent & { regionCode: string }>(
  regionCodes: readonly string[],
  decisions: readonly D[],
  days: readonly string[],
): { day: string; counts: Record<DecisionState, number> }[] {
  const byRegion = new Map(regionCodes.map((code) => [code, decisions.filter((d) => d.regionCode === code)]));
  return days.map((day) => {
    const counts = Object.fromEntries(DECISION_STATES.map((state) => [state, 0])) as Record<DecisionState, number>;
    for (const code of regionCodes) counts[decisionState(decisionInForce(byRegion.get(code) ?? [], day))] += 1;
    return { day, counts };
  });
}
