import { coverageText, decisionDate, decisionText, formatMeasure } from './common';
import { fillTemplate } from './labels';
import { buildSeriesModel, type SeriesOptionInput, type SeriesPoint } from './series-model';

/**
 * A plain-language summary of the chart, its text alternative: first and last figure of each selected
 * region with dates, their decisions, and Riket with how many regions it covers. Plain text (not HTML).
 */
export function describeSeries(input: SeriesOptionInput): string {
  const { measure, labels, locale } = input;
  const model = buildSeriesModel(input);
  const unit = labels.units[measure];
  const describe = (name: string, points: readonly SeriesPoint[]): string => {
    const known = points.filter((p): p is SeriesPoint & { value: number } => p.value !== null);
    const first = known[0];
    const last = known.at(-1);
    if (!first || !last) return fillTemplate(labels.summary.none, { region: name });
    if (first === last) {
      return fillTemplate(labels.summary.single, {
        region: name,
        value: formatMeasure(measure, first.value, locale),
        date: first.date,
        unit,
      });
    }
    return fillTemplate(labels.summary.fromTo, {
      region: name,
      from: formatMeasure(measure, first.value, locale),
      fromDate: first.date,
      to: formatMeasure(measure, last.value, locale),
      toDate: last.date,
      unit,
    });
  };

  const sentences: string[] = [];
  for (const region of model.regions) {
    sentences.push(`${describe(region.name, region.points)}.`);
    for (const d of region.decisions) {
      sentences.push(
        `${fillTemplate(labels.summary.decision, {
          region: region.name,
          date: decisionDate(d.decision, labels, locale),
          decision: decisionText(d.decision, labels, locale),
        })}.`,
      );
    }
  }
  // Riket is described only from complete points: a partial one is listed, never read as a change.
  const complete = model.national.filter((p) => p.coverage.complete);
  const partial = model.national.filter((p) => !p.coverage.complete && p.value !== null);
  sentences.push(`${complete.length === 0 && partial.length > 0 ? labels.summary.nationalNoComplete : describe(labels.series.national, complete)}.`);
  const first = complete[0];
  const last = complete.at(-1);
  if (first && last) {
    const note = measure === 'shareWithNamedContact' ? labels.summary.nationalNoteShare : labels.summary.nationalNote;
    sentences.push(
      fillTemplate(note, {
        first: first.date,
        firstCount: first.includedRegions.length,
        last: last.date,
        lastCount: last.includedRegions.length,
        total: model.totalRegions,
      }),
    );
  }
  if (partial.length > 0) {
    sentences.push(
      fillTemplate(labels.summary.partialNote, {
        dates: partial
          .map((p) => `${p.date} (${formatMeasure(measure, p.value ?? 0, locale)} ${unit}; ${coverageText(p.coverage, labels, locale)})`)
          .join(', '),
      }),
    );
  }
  if (measure === 'gapTo1100') sentences.push(labels.summary.gapNote);
  const summary = sentences.join(' ');
  return summary;
}
