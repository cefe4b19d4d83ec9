import { describe, expect, it } from 'vitest';
import { buildSeriesModel } from './series-model';
import { buildSeriesOption } from './series-option';
import { describeSeries } from './series-summary';
import { completeFixture, dashboardFixture, EVIL, evilFixture, labels, labelsEn, seriesInput as input } from './test-fixtures';

interface SeriesView {
  id: string;
  type: string;
  name: string;
  data: [string, number | null][];
  markLine?: { data: { yAxis: number; name: string }[]; label: { formatter: () => string } };
  yAxisIndex?: number;
  xAxisIndex?: number;
}
interface OptionView {
  series: SeriesView[];
  xAxis: { type: string; min: number; max: number; gridIndex: number }[];
  yAxis: { type: string; max?: number; min?: number }[];
  legend: { data: (string | { name: string; icon?: string })[] };
  tooltip: { formatter: (params: { seriesId: string; dataIndex: number; seriesName: string }) => string };
}
const view = (option: ReturnType<typeof buildSeriesOption>) => option as unknown as OptionView;
const seriesById = (option: OptionView, id: string) => {
  const found = option.series.find((s) => s.id === id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
};

describe('the national series (Riket)', () => {
  it('is Σ population / Σ capacity over the regions reporting at each date, not the mean of their ratios', () => {
    const model = buildSeriesModel(input([]));
    expect(model.dates).toEqual(['2022-12-31', '2023-12-31']);
    // 2022-12-31: (60 000 + 250 000) / (45 + 150) = 1 589.74; the mean of 1 333.3 and 1 666.7 would be 1 500.
    expect(model.national[0]?.value).toBeCloseTo(310_000 / 195, 6);
    expect(model.national[0]?.includedRegions).toEqual(['09', '25']);
    // 2023-12-31: (61 000 + 249 000 + 284 000) / (60 + 113 + 100) = 2 175.82; Kalmar has no population.
    expect(model.national[1]?.value).toBeCloseTo(594_000 / 273, 6);
    expect(model.national[1]?.includedRegions).toEqual(['09', '17', '25']);
  });

  it('counts only reports for exactly that date (an older report is not carried forward)', () => {
    const data = dashboardFixture();
    data.reports = data.reports.filter((r) => !(r.regionCode === '25' && r.referenceDate === '2023-12-31'));
    const model = buildSeriesModel(input([], 'residentsPerDoctor', data));
    expect(model.national[1]?.value).toBeCloseTo(345_000 / 160, 6);
    expect(model.national[1]?.includedRegions).toEqual(['09', '17']);
  });

  it('is Σ named / Σ population for the share with a named contact', () => {
    const model = buildSeriesModel(input([], 'shareWithNamedContact'));
    expect(model.national[0]?.value).toBeCloseTo(174_000 / 310_000, 9); // the mean would be 0.5
    expect(model.national[1]?.value).toBeCloseTo(144_100 / 345_000, 9); // Norrbotten did not report it
    expect(model.national[1]?.includedRegions).toEqual(['09', '17']);
  });

  it('is Σ needed − Σ capacity for the FTE gap', () => {
    const model = buildSeriesModel(input([], 'gapTo1100'));
    expect(model.national[0]?.value).toBeCloseTo(310_000 / 1100 - 195, 9);
  });

  it('draws a figure covering under 80 % of the population as a hollow point apart, with its coverage, never in the line', () => {
    const option = view(buildSeriesOption(input([])));
    expect(seriesById(option, 'national').data).toEqual([]);
    const partial = seriesById(option, 'national-partial');
    expect(partial.type).toBe('scatter');
    expect(partial.name).toBe('Riket, delvis (under 80 % av befolkningen)');
    expect(partial.data[0]?.[1]).toBeCloseTo(310_000 / 195, 6);
    const tooltip = option.tooltip.formatter({ seriesId: 'national-partial', dataIndex: 1, seriesName: partial.name }).replace(/\u00a0/g, ' ');
    expect(tooltip).toContain('3 av 21 regioner, 26 % av befolkningen');
    expect(tooltip).toContain('delvis');
  });

  it('does not move when one region reports a later date first: that point is partial and says 1 of 21', () => {
    const data = completeFixture();
    const model = buildSeriesModel(input([], 'residentsPerDoctor', data));
    const option = view(buildSeriesOption(input([], 'residentsPerDoctor', data)));
    const line = seriesById(option, 'national').data;
    expect(line.map(([date]) => date)).toEqual(['2025-12-31']);
    const later = model.national.find((p) => p.date === '2026-06-30');
    expect(later?.coverage.regions).toEqual(['09']);
    expect(later?.coverage.complete).toBe(false);
    expect(seriesById(option, 'national-partial').data.map(([date]) => date)).toEqual(['2026-06-30']);
    const text = describeSeries(input([], 'residentsPerDoctor', data)).replace(/\u00a0/g, ' ');
    expect(text).toContain('Riket: ');
    expect(text).not.toMatch(/Riket: från/);
    expect(text).toContain('2026-06-30');
    expect(text).toContain('1 av 21 regioner');
  });
});

describe('region series', () => {
  it('has one line per selected region, in the order chosen, ignoring unknown codes', () => {
    const option = view(buildSeriesOption(input(['25', '99', '09'])));
    const lines = option.series.filter((s) => s.id.startsWith('value:'));
    expect(lines.map((s) => s.name)).toEqual(['Region Norrbotten', 'Region Gotland']);
    expect(option.legend.data.slice(0, 4)).toEqual(['Riket', 'Riket, delvis (under 80 % av befolkningen)', 'Region Norrbotten', 'Region Gotland']);
  });

  it('gives the figure at each reference date and a gap (null, never 0) where the region did not report', () => {
    const option = view(buildSeriesOption(input(['09', '17'])));
    const gotland = seriesById(option, 'value:09').data;
    expect(gotland.map(([date]) => date)).toEqual(['2022-12-31', '2023-12-31']);
    expect(gotland[0]?.[1]).toBeCloseTo(60_000 / 45, 6);
    expect(gotland[1]?.[1]).toBeCloseTo(61_000 / 60, 6);
    expect(seriesById(option, 'value:17').data[0]).toEqual(['2022-12-31', null]);
    expect(seriesById(option, 'value:17').data[1]?.[1]).toBeCloseTo(2840, 6);
  });

  it('does not carry an older report forward to a later date', () => {
    const data = dashboardFixture();
    data.reports = data.reports.filter((r) => !(r.regionCode === '09' && r.referenceDate === '2023-12-31'));
    const points = buildSeriesModel(input(['09'], 'residentsPerDoctor', data)).regions[0]?.points;
    expect(points?.map((p) => p.value)).toEqual([60_000 / 45, null]);
    expect(points?.[1]?.missing).toBe('not_reported');
  });

  it('keeps a report without a population as a gap with its reason', () => {
    const kalmar = buildSeriesModel(input(['08'])).regions[0];
    expect(kalmar?.points.map((p) => p.value)).toEqual([null, null]);
    expect(kalmar?.points[1]?.missing).toBe('no_population');
  });

  it('gives the FTE gap and the share per region', () => {
    const gap = buildSeriesModel(input(['09'], 'gapTo1100')).regions[0]?.points[1]?.value;
    expect(gap).toBeCloseTo(61_000 / 1100 - 60, 9);
    const share = buildSeriesModel(input(['25'], 'shareWithNamedContact')).regions[0]?.points.map((p) => p.value);
    expect(share).toEqual([0.6, null]);
  });
});

describe('the guideline and the regions’ own targets', () => {
  it('draws the guideline as a markLine at 1 100 labelled "Riktvärde 1 100"', () => {
    const option = view(buildSeriesOption(input(['09'])));
    const withMarkLine = option.series.filter((s) => s.markLine);
    expect(withMarkLine).toHaveLength(1);
    expect(withMarkLine[0]?.markLine?.data).toEqual([{ yAxis: 1100, name: 'Riktvärde 1 100' }]);
    expect(withMarkLine[0]?.markLine?.label.formatter()).toBe('Riktvärde 1 100');
    // The value axis reaches above the guideline.
    expect(option.yAxis[0]?.max).toBeGreaterThanOrEqual(1100);
  });

  it('has no 1 100 line for the share', () => {
    const option = view(buildSeriesOption(input(['09'], 'shareWithNamedContact')));
    expect(option.series.some((s) => s.markLine)).toBe(false);
    expect(option.series.some((s) => s.id.startsWith('target:'))).toBe(false);
  });

  it('starts a step line on the last possible day of a month-precision decision and runs to the end', () => {
    const option = view(buildSeriesOption(input(['09'])));
    expect(seriesById(option, 'target:09').data).toEqual([
      ['2022-06-30', 1100],
      ['2025-06-30', 1100],
    ]);
  });

  it('steps from an interim figure to 1 100 on the last day of a year-precision decision', () => {
    const model = buildSeriesModel(input(['17']));
    expect(model.regions[0]?.target).toEqual([
      ['2022-06-30', 1500],
      ['2024-12-31', 1500],
      ['2024-12-31', 1100],
      ['2025-06-30', 1100],
    ]);
  });

  it('breaks the line when a target is revoked, and draws none before a decided figure', () => {
    expect(buildSeriesModel(input(['25'])).regions[0]?.target).toEqual([
      ['2022-08-31', 1100],
      ['2024-03-15', 1100],
      ['2024-03-15', null],
    ]);
    // Uppsala: a reduction without a figure (June 2022), then 1 100 by May 2023 (an upper bound).
    expect(buildSeriesModel(input(['03'])).regions[0]?.target).toEqual([
      ['2023-05-31', 1100],
      ['2025-06-30', 1100],
    ]);
    expect(buildSeriesModel(input(['12'])).regions[0]?.target).toEqual([]);
  });

  it('marks each decision at its last possible day, with a tooltip saying what and when', () => {
    const option = view(buildSeriesOption(input(['03'])));
    const markers = seriesById(option, 'decisions:03');
    expect(markers.type).toBe('scatter');
    expect(markers.data.map(([date]) => date)).toEqual(['2022-06-30', '2023-05-31']);
    const first = option.tooltip.formatter({ seriesId: 'decisions:03', dataIndex: 0, seriesName: 'Region Uppsala' });
    expect(first).toContain('Beslut om att minska antalet invånare per läkare, utan siffra');
    expect(first).toContain('Beslutsdatum: juni 2022');
    expect(first).toContain('Beslutande organ: Vårdstyrelsen');
    const second = option.tooltip.formatter({ seriesId: 'decisions:03', dataIndex: 1, seriesName: 'Region Uppsala' });
    expect(second).toContain('Beslutsdatum: senast maj 2023');
    // The time axis covers the decisions as well as the reports.
    const xAxis = option.xAxis[0];
    expect(xAxis?.min).toBeLessThan(Date.parse('2022-06-30T00:00:00Z'));
    expect(xAxis?.max).toBeGreaterThan(Date.parse('2025-06-30T00:00:00Z'));
  });
});

describe('the legend', () => {
  const names = (option: OptionView) => option.legend.data.map((d) => (typeof d === 'string' ? d : d.name));

  it('has an entry for every mark: the guideline, the dashed own targets and the decision markers', () => {
    const option = view(buildSeriesOption(input(['09', '17'])));
    expect(names(option)).toEqual([
      'Riket',
      'Riket, delvis (under 80 % av befolkningen)',
      'Region Gotland',
      'Region Värmland',
      'Riktvärde 1 100',
      labels.series.ownTargetLegend,
      labels.series.decisionLegend,
    ]);
    // Every series is named by a legend entry, so nothing drawn goes unexplained.
    for (const series of option.series) expect(names(option), series.id).toContain(series.name);
    // The guideline's and the targets' entries are drawn as dashes, like the lines they explain.
    const icon = (name: string) => option.legend.data.flatMap((d) => (typeof d !== 'string' && d.name === name ? [d.icon] : []))[0];
    expect(icon('Riktvärde 1 100')).toMatch(/^path:\/\/(M[\d,]+h\d+v\d+H?h?-?\d+z ?){3}$/);
    expect(icon(labels.series.ownTargetLegend)).toBe(icon('Riktvärde 1 100'));
    expect(icon(labels.series.decisionLegend)).toBe('circle');
  });

  it('toggles all targets and all markers together, each region line on its own', () => {
    const option = view(buildSeriesOption(input(['09', '17'])));
    expect(seriesById(option, 'target:09').name).toBe(labels.series.ownTargetLegend);
    expect(seriesById(option, 'target:17').name).toBe(labels.series.ownTargetLegend);
    expect(seriesById(option, 'decisions:17').name).toBe(labels.series.decisionLegend);
    expect(seriesById(option, 'value:17').name).toBe('Region Värmland');
  });

  it('lists only the marks drawn: no targets or 1 100 for the share, no markers without a region', () => {
    expect(names(view(buildSeriesOption(input([]))))).toEqual(['Riket', 'Riket, delvis (under 80 % av befolkningen)', 'Riktvärde 1 100']);
    const share = names(view(buildSeriesOption(input(['09'], 'shareWithNamedContact'))));
    expect(share).not.toContain(labels.series.ownTargetLegend);
    expect(share).not.toContain('Riktvärde 1 100');
    expect(share).toContain(labels.series.decisionLegend);
  });

  it('is in English with English labels', () => {
    const option = view(buildSeriesOption({ ...input(['09']), labels: labelsEn, locale: 'en' }));
    expect(names(option)).toContain(labelsEn.series.ownTargetLegend);
    expect(names(option)).toContain(labelsEn.series.decisionLegend);
  });
});

describe('series tooltips escape every value', () => {
  it('escapes a region name and sources in points, targets and decisions', () => {
    const option = view(buildSeriesOption(input(['09'], 'residentsPerDoctor', evilFixture())));
    for (const seriesId of ['value:09', 'target:09', 'decisions:09']) {
      const html = option.tooltip.formatter({ seriesId, dataIndex: 0, seriesName: EVIL });
      expect(html, seriesId).not.toContain('<img');
      expect(html, seriesId).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    expect(option.tooltip.formatter({ seriesId: 'unknown', dataIndex: 0, seriesName: EVIL })).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});
