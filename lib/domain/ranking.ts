import { DECISION_STATES, decisionState, ownTarget, type DecisionEvent, type DecisionState } from './decisions';
import { GUIDELINE_RESIDENTS_PER_SPECIALIST, residentsPerDoctor, type MissingReason, type StaffingFigures } from './metrics';
import type { NationalStaffingPoint, NationalStanding } from './national';
import { populationForDate } from './population';
import { snapshotAsOf, type SnapshotRows } from './snapshot';

/**
 * The regions compared on one day: those with a figure ranked by residents per fast läkarkontakt
 * (lowest first: closest to 1 100 or below it), each with its change since its own previous reference
 * date; then the regions without a figure, grouped by the decision in force, never counted as zero.
 * Pure, so the dashboard (in the browser), the region pages and the downloads rank the same way.
 */

export interface RankedRegion<D> {
  code: string;
  /** 1 for the lowest figure; regions whose figures print the same (whole residents) share a rank. */
  rank: number;
  residentsPerDoctor: number;
  /** The reference date of the region's latest report on or before the day. */
  referenceDate: string;
  /** The region's report before that one, with its own figure (null: none, or it has no figure). */
  previous: { referenceDate: string; residentsPerDoctor: number } | null;
  /** residentsPerDoctor − previous (negative: fewer residents per doctor, toward 1 100). */
  change: number | null;
  /** The own decided figure in force on the reference date: what the figure is measured against. */
  target: number | null;
  /** The decision in force on the day shown. */
  decision: D | null;
  state: DecisionState;
}

export interface UnrankedRegion<D> {
  code: string;
  /** Why there is no figure: no report by the day, or a report that cannot be divided. */
  reason: MissingReason;
  /** The own decided figure in force on the day shown. */
  target: number | null;
  decision: D | null;
  state: DecisionState;
}

export interface Ranking<D> {
  asOf: string;
  ranked: RankedRegion<D>[];
  /** In decision-state order (lib/domain/decisions DECISION_STATES), then by own figure, then code. */
  unranked: UnrankedRegion<D>[];
  /** Riket on the day: its latest point and the latest complete one, each with its coverage. */
  national: NationalStanding<NationalStaffingPoint>;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function rankingAsOf<
  R extends { code: string },
  P extends { regionCode: string; year: number; residents: number },
  D extends DecisionEvent & { regionCode: string },
  S extends StaffingFigures & { regionCode: string; referenceDate: string; residentsWithNamedContact: number | null },
>(rows: SnapshotRows<R, P, D, S>, asOf: string): Ranking<D> {
  const snapshot = snapshotAsOf(rows, asOf);
  const ranked: Omit<RankedRegion<D>, 'rank'>[] = [];
  const unranked: UnrankedRegion<D>[] = [];

  for (const s of snapshot.regions) {
    const code = s.region.code;
    const state = decisionState(s.decision);
    if (s.report && s.residentsPerDoctor.kind === 'value') {
      const current = s.report.referenceDate;
      const earlier = rows.staffing.filter((r) => r.regionCode === code && r.referenceDate < current).at(-1);
      const population = rows.population.filter((p) => p.regionCode === code);
      const before = earlier ? residentsPerDoctor(populationForDate(population, earlier.referenceDate)?.residents ?? null, earlier) : null;
      const previous = earlier && before?.kind === 'value' ? { referenceDate: earlier.referenceDate, residentsPerDoctor: before.value } : null;
      ranked.push({
        code,
        residentsPerDoctor: s.residentsPerDoctor.value,
        referenceDate: current,
        previous,
        change: previous ? s.residentsPerDoctor.value - previous.residentsPerDoctor : null,
        target: s.reportTarget,
        decision: s.decision,
        state,
      });
    } else {
      const reason = s.residentsPerDoctor.kind === 'missing' ? s.residentsPerDoctor.reason : 'not_reported';
      unranked.push({ code, reason, target: ownTarget(s.decision), decision: s.decision, state });
    }
  }

  ranked.sort((a, b) => a.residentsPerDoctor - b.residentsPerDoctor || byCode(a, b));
  // Ranks follow the printed (whole) figure, so that two regions shown with the same number share one.
  let rank = 0;
  const withRanks = ranked.map((region, index): RankedRegion<D> => {
    const previous = ranked[index - 1];
    if (!previous || Math.round(previous.residentsPerDoctor) !== Math.round(region.residentsPerDoctor)) rank = index + 1;
    return { ...region, rank };
  });

  const stateOrder = (state: DecisionState) => DECISION_STATES.indexOf(state);
  unranked.sort(
    (a, b) =>
      stateOrder(a.state) - stateOrder(b.state) ||
      (a.target ?? Number.POSITIVE_INFINITY) - (b.target ?? Number.POSITIVE_INFINITY) ||
      byCode(a, b),
  );

  return { asOf, ranked: withRanks, unranked, national: snapshot.national.staffing };
}

/** The regions without a figure as consecutive groups of one decision state, in the ranking's order. */
export function unrankedGroups<D>(ranking: Pick<Ranking<D>, 'unranked'>): { state: DecisionState; regions: UnrankedRegion<D>[] }[] {
  const groups: { state: DecisionState; regions: UnrankedRegion<D>[] }[] = [];
  for (const region of ranking.unranked) {
    const last = groups.at(-1);
    if (last?.state === region.state) last.regions.push(region);
    else groups.push({ state: region.state, regions: [region] });
  }
  return groups;
}

/** Where a region stands: its rank among the regions with a figure, or its group when it has none. */
export function standingOf<D>(
  ranking: Ranking<D>,
  code: string,
): { kind: 'ranked'; region: RankedRegion<D>; of: number } | { kind: 'unranked'; region: UnrankedRegion<D> } | null {
  const ranked = ranking.ranked.find((r) => r.code === code);
  if (ranked) return { kind: 'ranked', region: ranked, of: ranking.ranked.length };
  const unranked = ranking.unranked.find((r) => r.code === code);
  return unranked ? { kind: 'unranked', region: unranked } : null;
}

/** A decided own figure against the guideline: negative is stricter than 1 100, positive looser. */
export function targetAgainstGuideline(target: number): number {
  return target - GUIDELINE_RESIDENTS_PER_SPECIALIST;
}
