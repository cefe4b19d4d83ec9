import type { DecisionKind, DecisionState } from '@/lib/domain/decisions';
import type { MissingReason } from '@/lib/domain/metrics';

/**
 * The translated texts the chart builders need, exactly the "charts" namespace of
 * messages/<locale>/charts.json. The builders receive them as a plain object (e.g.
 * `useMessages().charts` or `(await getMessages()).charts`), so they stay pure and testable.
 * Templates use `{name}` placeholders only (no ICU plurals or selects); `fillTemplate` fills them.
 */
export interface ChartLabels {
  decision: {
    legendTitle: string;
    /** The legend's words for each state of the decision in force (lib/domain/decisions). */
    states: Record<DecisionState, string>;
    /** A decision in a sentence; {figure} where it has one. */
    detail: Record<DecisionKind | 'decided_figure_interim' | 'ambition_figure' | 'unknown', string>;
    targetYear: string;
    reference: string;
  };
  bins: {
    legendTitle: string;
    meets: string;
    upTo1500: string;
    upTo2000: string;
    upTo2500: string;
    over2500: string;
    not_reported: string;
    no_value: string;
  };
  shareBins: {
    legendTitle: string;
    under25: string;
    under50: string;
    under75: string;
    atLeast75: string;
    not_reported: string;
    not_known: string;
  };
  missing: Record<MissingReason, string>;
  measures: Record<'residentsPerDoctor' | 'gapTo1100' | 'shareWithNamedContact', string>;
  units: Record<'residentsPerDoctor' | 'gapTo1100' | 'shareWithNamedContact', string>;
  tooltip: {
    decidedOn: string;
    decidingBody: string;
    source: string;
    sourceMissing: string;
    referenceDate: string;
    /** {year} */
    populationYear: string;
    ownTarget: string;
    example: string;
    shareSource: string;
    shareFromReport: string;
    /** {count}, {total}, {share} */
    coverage: string;
    partial: string;
    targetAtReport: string;
  };
  series: {
    national: string;
    /** Riket's name when it is drawn on an axis of its own (the FTE gap: a national total). */
    nationalRightAxis: string;
    guideline: string;
    gapZero: string;
    /** {region} */
    ownTarget: string;
    decisionAxis: string;
    nationalPartial: string;
    /** The legend's entry for the regions' own targets (dashed step lines). */
    ownTargetLegend: string;
    /** The legend's entry for the decision markers in the strip under the plot. */
    decisionLegend: string;
  };
  timeline: {
    axis: string;
    /** {guideline}, {first}, {firstCounts}, {last}, {lastCounts}, {total} */
    summary: string;
  };
  map: {
    /** {date} */
    asOf: string;
    /** The geometry's attribution: the same text as MAP_ATTRIBUTION(_EN) in lib/map/geometry.ts (tested). */
    attribution: string;
    /** Title of the key from the codes printed on the map to the regions' names. */
    keyTitle: string;
  };
  summary: {
    /** {region}, {from}, {fromDate}, {to}, {toDate}, {unit} */
    fromTo: string;
    /** {region}, {value}, {date}, {unit} */
    single: string;
    /** {region} */
    none: string;
    /** {region}, {date}, {decision} */
    decision: string;
    /** {first}, {firstCount}, {last}, {lastCount}, {total} */
    nationalNote: string;
    /** The same for the share with a named contact. */
    nationalNoteShare: string;
    gapNote: string;
    /** {dates} */
    partialNote: string;
    nationalNoComplete: string;
  };
  dates: {
    /** "senast": prefix of a date known only as an upper bound. */
    by: string;
  };
}

/** Fills `{name}` placeholders; an unknown placeholder is left as it is. Values are inserted verbatim. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
